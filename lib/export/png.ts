// Browser-only: rasterises an SVG string through an <img> and a canvas. The SVG carries its own
// font (lib/export/fonts.ts) as data: URLs, so nothing is fetched and no system font is needed.

export async function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw to a canvas.");
    context.scale(scale, scale);
    // An SVG image loads its embedded fonts after decode() resolves, and text whose font is not
    // ready is drawn blank: redraw every 50 ms until three draws in a row agree (at most 2 s).
    const draw = () => {
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, width, height);
      context.drawImage(image, 0, 0, width, height);
      return checksum(context.getImageData(0, 0, canvas.width, canvas.height).data);
    };
    const draws = [draw()];
    while (draws.length < 40 && !(draws.length >= 3 && new Set(draws.slice(-3)).size === 1)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      draws.push(draw());
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("Could not encode the PNG."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A cheap fingerprint of a canvas's pixels (FNV-1a over every 7th byte): equal draws, equal sums. */
function checksum(data: Uint8ClampedArray): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i += 7) hash = Math.imul(hash ^ data[i]!, 0x01000193);
  return hash >>> 0;
}

/** Measures text with the canvas, in the export's font, for wrapping titles and notes. */
export function canvasTextMeasurer(fontFamily: string) {
  const context = document.createElement("canvas").getContext("2d");
  return (text: string, fontSize: number, bold = false) => {
    if (!context) return text.length * fontSize * 0.55;
    context.font = `${bold ? "700 " : ""}${fontSize}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

/** Prepares a panel's on-screen <svg> for standing alone: namespace, explicit size, no page-only attributes. */
export function serialisePanelSvg(element: SVGSVGElement): { svg: string; width: number; height: number } {
  const clone = element.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error("A chart panel did not copy as an <svg>.");
  const { width, height } = element.getBoundingClientRect();
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(Math.round(width)));
  clone.setAttribute("height", String(Math.round(height)));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${Math.round(width)} ${Math.round(height)}`);
  clone.removeAttribute("class");
  clone.removeAttribute("style");
  clone.removeAttribute("tabindex");
  clone.removeAttribute("aria-hidden");
  clone.removeAttribute("data-drawing");
  clone.querySelectorAll("[tabindex]").forEach((node) => node.removeAttribute("tabindex"));
  clone.querySelectorAll("[data-tip]").forEach((node) => node.removeAttribute("data-tip"));
  return { svg: new XMLSerializer().serializeToString(clone), width: Math.round(width), height: Math.round(height) };
}
