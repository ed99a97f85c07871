// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
// What supercluster 9.1.0 answers on a points file, for tst_clusterindex (which needs no Node.js).
// Usage (in a copy of ../shared/bench after `npm install`):
//   node supercluster-expected.mjs POINTS.csv > EXPECTED.json
import fs from 'node:fs';
import Supercluster from 'supercluster';

const [file] = process.argv.slice(2);
const features = [];
fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
  const [lon, lat] = line.split(',').map(Number);
  features.push({ type: 'Feature', properties: { index: i }, geometry: { type: 'Point', coordinates: [lon, lat] } });
});
const region = [1.3, 48.8, 4.3, 51.1];
const world = [-180, -85, 180, 85];
const configs = [
  { radius: 60, extent: 512, maxZoom: 16, minPoints: 2 },
  { radius: 40, extent: 256, maxZoom: 16, minPoints: 3 },
  { radius: 80, extent: 512, maxZoom: 14, minZoom: 3, minPoints: 5 },
];
const out = { file, configs: [] };
for (const options of configs) {
  const index = new Supercluster(options).load(features);
  const counts = { region: {}, world: {} };
  for (let z = 0; z <= 18; z++) {
    counts.region[z] = index.getClusters(region, z).length;
    counts.world[z] = index.getClusters(world, z).length;
  }
  // Every item of the region at zoom 9: id (cluster id, or point index), count, position; for
  // clusters, their expansion zoom and how many leaves they hold.
  const items = index.getClusters(region, 9).map((f) => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    if (!p.cluster) return [p.index, 1, lon, lat];
    return [p.cluster_id, p.point_count, lon, lat, index.getClusterExpansionZoom(p.cluster_id),
      index.getLeaves(p.cluster_id, Infinity).length, index.getChildren(p.cluster_id).length];
  });
  out.configs.push({ options, counts, zoom9: items });
}
console.log(JSON.stringify(out));
