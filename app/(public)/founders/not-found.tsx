import { NotFoundView } from "@/components/layout/not-found-view";

export default function PersonNotFound() {
  return <NotFoundView what="person" listHref="/founders" listLabel="all founders" />;
}
