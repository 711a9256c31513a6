import type { DatasetRecord } from '../types.js';

/** The folder under the reference-data directory and the files this importer reads from it. */
export const COW_FOLDER = 'cow-igo-v3';
export const IGO_YEAR_FILE = `${COW_FOLDER}/igo_year_format3.csv`;
export const STATES_FILE = `${COW_FOLDER}/states2016.csv`;

/** From cow-igo-v3/SOURCE.md. */
export const COW_IGO_DATASET: DatasetRecord = {
  id: 'dataset:cow-igo',
  title: 'Correlates of War Intergovernmental Organizations (IGO) data, version 3.0 (IGO-year format)',
  publisher: 'Correlates of War Project',
  version: 'v3.0',
  asOf: '2014',
  retrieval:
    'github.com/dieghernan/igoR (R package igoR) at commit c9936cac3f0fc117520e89f9a232e62dde1ce3e9: data/igo_year_format3.rda written to CSV with R 4.2.2 (write.csv, NA as empty) and data-raw/states2016.csv (COW state system list)',
  licence: 'The data belongs to the Correlates of War Project and is free to use with citation; the igoR package is GPL (>= 3).',
  attribution:
    'Pevehouse, Nordstrom, McManus, Jamison, "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets", Journal of Peace Research 57(3), 2020, doi:10.1177/0022343319881175.',
  coverage:
    'Years 1816-2014 (5-year intervals up to 1965, annual after); nothing after 2014: a membership running in 2014 has no end date, and the data cannot say whether it continued. Only nine selected IGOs are imported (UN, SCO, INTERPOL, CIS, CSTO, ECO, OSCE, EAEC, WCO); memberships of historical states with no current ISO 3166-1 code (USSR-era successors aside, e.g. Czechoslovakia, Yugoslavia, the two German states before 1990, the two Yemens) are reported as unresolved, not imported.',
  files: [IGO_YEAR_FILE, STATES_FILE],
};
