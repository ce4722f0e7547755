import type { MessageTable } from './types';

/**
 * Messages of the `io.out.*` area: where the command line puts its reports (`--out`). Each one names
 * the file or folder and says what to do.
 */
export const OUTPUT_MESSAGES = {
  'io.out.isInput': {
    zh: '输出文件「{file}」和输入文件「{input}」是同一个文件（路径相同，或经由链接指向它）；本工具从不覆盖输入文件，请换一个 --out 文件名。',
    en: 'The output file "{file}" is the input file "{input}" (the same path, or reached through a link); this tool never overwrites an input, choose another --out name.',
  },
  'io.out.isFolder': {
    zh: '--out 给出的「{file}」是一个已有的文件夹，不是文件。请给出文件名，例如「{example}」。',
    en: '--out "{file}" is an existing folder, not a file. Give a file name, for example "{example}".',
  },
  'io.out.folderBlocked': {
    zh: '无法创建输出文件夹「{folder}」：路径中的「{blocker}」是一个文件，不是文件夹。请换一个 --out 位置，或把这个文件移走后再试。',
    en: 'Cannot create the output folder "{folder}": "{blocker}" in its path is a file, not a folder. Choose another --out location, or move that file away and try again.',
  },
  'io.out.folderDenied': {
    zh: '没有权限在文件夹「{folder}」中创建文件（{reason}）。请换一个有写入权限的位置（例如“文档”或桌面）作为 --out。',
    en: 'No permission to create files in the folder "{folder}" ({reason}). Choose a location you can write to (for example Documents or the desktop) for --out.',
  },
  'io.out.interrupted': {
    zh: '写入「{file}」时被中断，未写完的临时文件已删除，原有的「{file}」（如有）没有改动。',
    en: 'Interrupted while writing "{file}": the unfinished temporary file was removed and any existing "{file}" is unchanged.',
  },
  'io.out.notRegularFile': {
    zh: '--out 给出的「{file}」是设备、管道或套接字，不是普通文件；报告不会写到这里，它也不会被替换。请给出一个 .xlsx 文件名，例如「{example}」。',
    en: '--out "{file}" is a device, pipe or socket, not a regular file; the report is not written there and it is left as it is. Give an .xlsx file name, for example "{example}".',
  },
} satisfies MessageTable;
