import { LoadingList } from "@/components/ui/loading-list";

export default function Loading() {
  return <LoadingList label="Loading matching entries…" />;
}
