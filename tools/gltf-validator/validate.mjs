// Validates glTF 2.0 files (.glb or .gltf) with the Khronos glTF-Validator and prints a
// one-line summary per file plus every issue. Exit status: 0 when every file has no errors
// and no warnings, 1 when any has, 2 on a usage or read problem.
// Usage: node validate.mjs <file> [<file> ...]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import validator from 'gltf-validator';

const severityName = ['error', 'warning', 'info', 'hint'];

async function validateOne(file) {
  const bytes = new Uint8Array(await readFile(file));
  const folder = path.dirname(path.resolve(file));
  const report = await validator.validateBytes(bytes, {
    uri: path.basename(file),
    maxIssues: 200,  // a pathological file must not exhaust memory
    writeTimestamp: false,
    // External resources are read only from the model's own folder, as the app does.
    externalResourceFunction: async (uri) => {
      const decoded = decodeURIComponent(uri);
      const target = path.resolve(folder, decoded);
      if (path.isAbsolute(decoded) || !target.startsWith(folder + path.sep)) {
        throw new Error(`refusing resource outside the model folder: ${uri}`);
      }
      return new Uint8Array(await readFile(target));
    },
  });
  const i = report.issues;
  console.log(`${file}: ${i.numErrors} errors, ${i.numWarnings} warnings, ${i.numInfos} infos, ` +
              `${i.numHints} hints (validator ${report.validatorVersion}; ` +
              `${report.info?.totalTriangleCount ?? 0} triangles, ` +
              `${report.info?.totalVertexCount ?? 0} vertices, maxInfluences ${report.info?.maxInfluences ?? 0})`);
  for (const m of i.messages) {
    console.log(`  ${severityName[m.severity] ?? m.severity} ${m.code} ${m.pointer ?? ''}: ${m.message}`);
  }
  return i.numErrors === 0 && i.numWarnings === 0;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs <file.glb|file.gltf> ...');
  process.exit(2);
}
let allClean = true;
for (const file of files) {
  try {
    if (!(await validateOne(file))) allClean = false;
  } catch (e) {
    console.error(`${file}: cannot validate: ${e.message ?? e}`);
    process.exit(2);
  }
}
process.exit(allClean ? 0 : 1);
