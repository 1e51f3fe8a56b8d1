"use client";

import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A button that stays pressed: screen readers hear "pressed" / "not pressed" through aria-pressed. */
export function ToggleButton({
  pressed,
  onPressedChange,
  className,
  ...props
}: Omit<ComponentProps<"button">, "onClick" | "type"> & { pressed: boolean; onPressedChange: (pressed: boolean) => void }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={() => onPressedChange(!pressed)}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm font-medium transition-colors",
        pressed ? "border-blue-700 bg-blue-50 text-blue-900" : "border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-100",
        className,
      )}
      {...props}
    />
  );
}
