// One content problem: the file, the field (or line) and what to do about it.
export interface Problem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field || '(file)'}: ${p.message} (fix: ${p.fix})`;
}
