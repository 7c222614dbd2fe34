// Leaflet's package.json points only at its UMD build; its ES module build is
// imported by path (dist/leaflet-src.esm.js), with the types of 'leaflet'.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
