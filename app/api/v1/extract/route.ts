// The extraction API (token-authenticated): lib/api/v1/extract.ts.
export { extractRoute as POST } from "@/lib/api/v1/extract";
