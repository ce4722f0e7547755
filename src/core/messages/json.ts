import type { MessageTable } from './types';

/**
 * Where and why a JSON text (a policy file, an appraisal template, stored settings) cannot be read
 * (`json.syntax.*`, core/policy/jsonSyntax.ts). Every message names the line and column, counted as
 * an editor counts them, and says what to change in words a teacher can act on.
 */
export const JSON_MESSAGES = {
  'json.syntax.empty': {
    zh: '第 {line} 行第 {column} 列：内容是空的，没有任何设置',
    en: 'line {line}, column {column}: the text is empty, there are no settings',
  },
  'json.syntax.unexpectedEnd': {
    zh: '第 {line} 行第 {column} 列：内容没写完就结束了（是否少了 }、] 或英文双引号？）',
    en: 'line {line}, column {column}: the text ends too early (a missing }, ] or double quote?)',
  },
  'json.syntax.unexpectedChar': {
    zh: '第 {line} 行第 {column} 列：这里不应出现“{char}”',
    en: 'line {line}, column {column}: "{char}" is not expected here',
  },
  'json.syntax.fullWidth': {
    zh: '第 {line} 行第 {column} 列：“{char}”是中文（全角）标点，这里要用英文（半角）的“{ascii}”',
    en: 'line {line}, column {column}: "{char}" is a full-width (Chinese) mark; use the ASCII "{ascii}"',
  },
  'json.syntax.singleQuote': {
    zh: '第 {line} 行第 {column} 列：文字和名称要用英文双引号 " 括起来，不能用单引号',
    en: 'line {line}, column {column}: text and names take double quotes ", not single quotes',
  },
  'json.syntax.comment': {
    zh: '第 {line} 行第 {column} 列：JSON 文件里不能写注释（// 或 /*）',
    en: 'line {line}, column {column}: a JSON file cannot hold comments (// or /*)',
  },
  'json.syntax.trailingComma': {
    zh: '第 {line} 行第 {column} 列：最后一项后面多了一个逗号，请删去',
    en: 'line {line}, column {column}: a comma after the last item; remove it',
  },
  'json.syntax.missingComma': {
    zh: '第 {line} 行第 {column} 列：前一项后面缺少逗号',
    en: 'line {line}, column {column}: a comma is missing after the previous item',
  },
  'json.syntax.missingColon': {
    zh: '第 {line} 行第 {column} 列：设置项名称后面缺少英文冒号 :',
    en: 'line {line}, column {column}: a colon : is missing after the setting name',
  },
  'json.syntax.unquotedKey': {
    zh: '第 {line} 行第 {column} 列：设置项名称“{word}”要用英文双引号括起来',
    en: 'line {line}, column {column}: the setting name "{word}" needs double quotes',
  },
  'json.syntax.badWord': {
    zh: '第 {line} 行第 {column} 列：“{word}”不是有效的值；文字要用英文双引号括起来，开关写 true 或 false',
    en: 'line {line}, column {column}: "{word}" is not a value; put text in double quotes, write a switch as true or false',
  },
  'json.syntax.badNumber': {
    zh: '第 {line} 行第 {column} 列：数字“{word}”的写法不对（不能以 0 开头、不能带单位）',
    en: 'line {line}, column {column}: the number "{word}" is not written right (no leading 0, no unit)',
  },
  'json.syntax.unclosedString': {
    zh: '第 {line} 行第 {column} 列：从这里开始的文字没有用英文双引号结束（或中间换了行）',
    en: 'line {line}, column {column}: the text starting here does not end with a double quote (or breaks across lines)',
  },
  'json.syntax.badEscape': {
    zh: '第 {line} 行第 {column} 列：反斜杠“{char}”写法不对；路径里的 \\ 请写成 \\\\ 或 /',
    en: 'line {line}, column {column}: the backslash "{char}" is not valid; write \\ in a path as \\\\ or /',
  },
  'json.syntax.controlChar': {
    zh: '第 {line} 行第 {column} 列：文字中间有不可见的控制字符（{char}），请删去',
    en: 'line {line}, column {column}: an invisible control character ({char}) inside the text; remove it',
  },
  'json.syntax.mismatchedBracket': {
    zh: '第 {line} 行第 {column} 列：“{char}”与前面的括号不配对',
    en: 'line {line}, column {column}: "{char}" does not match the bracket it closes',
  },
  'json.syntax.extraContent': {
    zh: '第 {line} 行第 {column} 列：设置已经结束，后面还有多余的内容',
    en: 'line {line}, column {column}: more text after the end of the settings',
  },
} as const satisfies MessageTable;
