// The parts of autocannon the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; connections: number; amount: number; timeout: number };
  type Result = { non2xx: number; requests: { average: number } };
  type Instance = Promise<Result> & { on(event: "response", listener: (client: unknown, status: number, bytes: number, time: number) => void): void };
  export default function autocannon(options: Options): Instance;
}
