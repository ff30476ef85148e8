import { NotFoundView } from "@/components/layout/not-found-view";

export default function StartupNotFound() {
  return <NotFoundView kind="startup" />;
}
