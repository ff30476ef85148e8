import { Skeleton } from "@/components/ui/skeleton";

export default function ChartsLoading() {
  return (
    <div className="grid gap-4" aria-busy="true" aria-label="Loading charts">
      <Skeleton className="h-10 w-1/2" />
      <Skeleton className="h-[28rem] w-full" />
    </div>
  );
}
