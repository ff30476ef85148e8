import { cloneElement, isValidElement, type HTMLAttributes } from "react";
import { cn } from "@/lib/utils";

/** Merges its props (className included) into its single child element. */
export function Slot({ children, className, ...props }: HTMLAttributes<HTMLElement>) {
  if (!isValidElement<{ className?: string }>(children)) return null;
  return cloneElement(children, { ...props, className: cn(className, children.props.className) });
}
