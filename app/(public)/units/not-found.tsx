import { NotFoundView } from "@/components/layout/not-found-view";

export default function UnitNotFound() {
  return <NotFoundView kind="unit" />;
}
