// Types for tiny-osmpbf (it ships none): decode a whole .osm.pbf into its elements.
declare module 'tiny-osmpbf' {
  const parse: (input: Uint8Array) => { elements: unknown[] };
  export default parse;
}
