// Counts as a reader reads them: "960,031", not "960031" (the record runs to a million entries).
export const formatCount = (n: number): string => n.toLocaleString("en");
