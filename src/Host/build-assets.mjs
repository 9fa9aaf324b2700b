// Copies what the platform serves or reads from node_modules into wwwroot/lib and referentiel/.
// Run by the .NET build (build/FrontEnd.targets); no bundler is needed for a server-rendered site.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const modules = join(root, "node_modules");
const lib = join(root, "wwwroot", "lib");

const copies = [
  ["bootstrap/dist/css/bootstrap.min.css", "bootstrap/bootstrap.min.css"],
  ["bootstrap/dist/css/bootstrap.min.css.map", "bootstrap/bootstrap.min.css.map"],
  ["bootstrap/dist/js/bootstrap.bundle.min.js", "bootstrap/bootstrap.bundle.min.js"],
  ["bootstrap/dist/js/bootstrap.bundle.min.js.map", "bootstrap/bootstrap.bundle.min.js.map"],
  ["bootstrap-icons/font/bootstrap-icons.min.css", "bootstrap-icons/bootstrap-icons.min.css"],
  ["bootstrap-icons/font/fonts", "bootstrap-icons/fonts"],
];
for (const [from, to] of copies) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(modules, from), target, { recursive: true });
}

// The national list of EPCIs with their member communes (Licence Ouverte / MIT package), reduced to
// what installation needs: about a third of the original size.
const epci = JSON.parse(readFileSync(join(modules, "@etalab/decoupage-administratif/data/epci.json"), "utf8"));
const reduced = epci.map((e) => ({
  siren: e.code,
  nom: e.nom,
  type: e.type,
  population: e.populationTotale ?? 0,
  communes: (e.membres ?? []).map((c) => ({
    insee: c.code,
    siren: c.siren,
    nom: c.nom,
    population: c.populationTotale ?? 0,
  })),
}));
mkdirSync(join(root, "referentiel"), { recursive: true });
writeFileSync(join(root, "referentiel", "epci.json"), JSON.stringify(reduced));
console.log(`Assets copiés ; référentiel : ${reduced.length} EPCI.`);
