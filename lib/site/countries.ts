// A country as readers name it, from the two-letter code the record keeps (ISO 3166-1): "IR" is
// "Iran". The names come from the runtime's Unicode data (Intl.DisplayNames), so every code has one.
const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

export function countryName(code: string): string {
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a well-formed region code: shown as it is kept
  }
}
