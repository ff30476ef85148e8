import { NotFoundView } from "@/components/layout/not-found-view";

export default function PersonNotFound() {
  return <NotFoundView kind="person" />;
}
