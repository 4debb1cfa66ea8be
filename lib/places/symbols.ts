// One shape per sector, so the map's marks and legend do not rely on colour alone.
import type { Sector } from "../entries/schemas";

export const SECTOR_SHAPE: Record<Sector, { name: string; path: (r: number) => string }> = {
  defense: { name: "triangle", path: (r) => polygon(3, r * 1.25, -90) },
  energy: { name: "square", path: (r) => polygon(4, r * 1.2, 45) },
  nuclear: { name: "circle", path: (r) => `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z` },
  trade: { name: "diamond", path: (r) => polygon(4, r * 1.3, 0) },
  finance: { name: "pentagon", path: (r) => polygon(5, r * 1.15, -90) },
  transport: { name: "hexagon", path: (r) => polygon(6, r * 1.1, 0) },
  diplomacy: { name: "star", path: (r) => star(r * 1.4) },
  technology: { name: "inverted triangle", path: (r) => polygon(3, r * 1.25, 90) },
};

function polygon(sides: number, radius: number, startDegrees: number): string {
  const points = Array.from({ length: sides }, (_, i) => {
    const a = ((startDegrees + (360 / sides) * i) * Math.PI) / 180;
    return `${round(radius * Math.cos(a))},${round(radius * Math.sin(a))}`;
  });
  return `M${points.join("L")}Z`;
}

function star(radius: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const a = ((-90 + 36 * i) * Math.PI) / 180;
    const r = i % 2 === 0 ? radius : radius * 0.45;
    return `${round(r * Math.cos(a))},${round(r * Math.sin(a))}`;
  });
  return `M${points.join("L")}Z`;
}

const round = (n: number) => Math.round(n * 10) / 10;
