import { geoNaturalEarth1, geoPath } from "d3-geo";
import { numericToAlpha2 } from "i18n-iso-countries/index.js";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or "" for shapes without a code (disputed areas). */
  code: string;
  name: string;
  d: string;
}

let shapes: CountryShape[] | null = null;

/**
 * SVG paths of the world's countries (Natural Earth 1:110m from the world-atlas package, bundled — nothing is
 * fetched at run time), keyed by alpha-2 code through the ISO numeric id. Computed once per page load.
 */
export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
  const path = geoPath(projection);
  shapes = collection.features
    .filter((f) => f.properties?.name !== "Antarctica")
    .map((f) => ({
      code: (f.id !== undefined && numericToAlpha2(String(f.id).padStart(3, "0"))) || "",
      name: f.properties?.name ?? "",
      d: path(f) ?? "",
    }));
  return shapes;
}
