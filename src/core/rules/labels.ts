/**
 * A roster label (title, department) as compared: NFKC-folded, every space and invisible format
 * character removed (a zero-width space pasted from a web page must not make a second 学习部).
 */
export function normalizeLabel(text: string | undefined): string {
  return (text ?? '').normalize('NFKC').replace(/[\s\p{Cf}]+/gu, '');
}

/** Normalised labels of a list, for look-ups. */
export function labelSet(labels: readonly string[]): Set<string> {
  return new Set(labels.map(normalizeLabel).filter((label) => label !== ''));
}

/** Whether a department is (or ends with) one of the presidium departments: 校学生会主席团. */
export function isPresidiumDepartment(department: string, presidium: ReadonlySet<string>): boolean {
  if (department === '') return false;
  for (const name of presidium) if (department.endsWith(name)) return true;
  return false;
}
