// Accounts that tests/e2e/server.ts creates in the throwaway database, for the flows to sign in with.
export const E2E_PASSWORD = "e2e password for the record";
export const E2E_USERS = {
  analyst: { email: "analyst@e2e.test", name: "Ana Analyst", role: "analyst" },
  editor: { email: "editor@e2e.test", name: "Ed Editor", role: "editor" },
  editor2: { email: "editor2@e2e.test", name: "Eve Editor", role: "editor" },
} as const;
