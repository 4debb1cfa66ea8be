// Runs once as each server instance starts: the background work every instance shares through the
// database (lib/entries/search-names-refresh.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startNamesRefreshWork } = await import("./lib/entries/search-names-refresh");
  startNamesRefreshWork();
}
