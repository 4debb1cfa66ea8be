import "server-only";
// A read that visits a large share of the record (a broad search's map or timeline). With the
// default 4 MB of work_mem, the bitmap of its matches goes lossy and PostgreSQL re-tests every row
// of those pages: for "gas pipeline" at a million entries, 364,000 extra rows and 40% of the time.
// 32 MB holds the bitmap of a few million rows; set_config(…, true) (SET LOCAL) keeps it to this
// one statement. `serial` also keeps parallel workers out: on two cores, a map joining 120,000
// place links in parallel took 74–94 ms against 54–67 ms in one backend (100,000 entries).
import type { Prisma } from "./generated/client";
import { readWith } from "./client";

export async function broadRead<T>(sql: Prisma.Sql, { serial = false } = {}): Promise<T[]> {
  const settings = serial
    ? `SELECT set_config('work_mem', '32MB', true), set_config('max_parallel_workers_per_gather', '0', true)`
    : `SELECT set_config('work_mem', '32MB', true)`;
  return readWith<T>(settings, sql);
}
