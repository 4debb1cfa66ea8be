import { NextResponse, type NextRequest } from "next/server";
import { MUTATION_BY_NAME } from "@/lib/actions/mutations";
import { handleMutation } from "@/lib/actions/safe-action";

// POST /api/editor/<mutation>: the editor pages' changes (list in lib/actions/mutations.ts).
export async function POST(request: NextRequest, { params }: { params: Promise<{ mutation: string }> }) {
  const found = MUTATION_BY_NAME.get((await params).mutation);
  if (!found) return NextResponse.json({ error: { message: "There is no such action.", issues: [] } }, { status: 404 });
  return handleMutation(request, found);
}
