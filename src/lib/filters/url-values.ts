// Reading filter values from a page address: anyone can type any address, so a value that is not
// a usable number is ignored rather than applied (?maxPrice=abc must not hide every model).
// Shared by build-time code and the browser scripts.

/** A non-negative finite number from a URL parameter, or undefined when absent or unusable. */
export function numberParam(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** One of the allowed values, or the fallback when the parameter holds anything else. */
export function choiceParam<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
