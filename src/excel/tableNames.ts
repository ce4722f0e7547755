/** A table name not yet taken (case-insensitive): `name`, `name_2`, `name_3`, … */
export function uniqueTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${wanted}_${n}`;
  taken.add(name.toUpperCase());
  return name;
}
