import { NotFoundView } from "@/components/layout/not-found-view";

export default function StartupNotFound() {
  return <NotFoundView what="start-up" listHref="/startups" listLabel="all start-ups" />;
}
