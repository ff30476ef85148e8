import { NotFoundView } from "@/components/layout/not-found-view";

export default function CityNotFound() {
  return <NotFoundView kind="city" />;
}
