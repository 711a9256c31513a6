import type { DatasetRecord } from '../types.js';
import { SNAPSHOTS } from './read-snapshot.js';

/** The dataset record, from un-sc-consolidated/SOURCE.md. */
export const UN_SC_DATASET: DatasetRecord = {
  id: 'dataset:un-sc-consolidated',
  title: 'United Nations Security Council Consolidated List (two snapshots)',
  publisher: 'United Nations Security Council',
  version: 'snapshots 2017-07-03 and 2024-09-26',
  asOf: '2024-09-26',
  retrieval:
    'Raw downloads of https://scsanctions.un.org/resources/xml/en/consolidated.xml committed by third parties: ' +
    'consolidated_2017-07-03.xml (dateGenerated 2017-07-03T20:27:45.483-04:00) from github.com/DukeQIANSH/dqun01 ' +
    'HEAD 2659822e565cf7c693ef48642c7dd729bbd965ba, consolidated.xml last changed in 4c9d82146b44380e05ba743184c72103a85ed38c (2017-07-04); ' +
    'consolidated_2024-09-26.xml (dateGenerated 2024-09-26T00:00:07.514Z) from github.com/xd-mau5/deploy-test ' +
    'HEAD 463aa5a2116f4795db1f5926d210efeddb818f7a, consolidated.xml last changed in c0b77b3bdac037ab89c20361b4625760f68dcd84 (2024-09-25), ' +
    'written to disk unchanged by the repository’s descargaListaONU.py.',
  licence:
    'No LICENSE file in either repository. The Consolidated List is a public UN document published by the UN Security Council.',
  attribution:
    'United Nations Security Council Consolidated List (https://scsanctions.un.org/resources/xml/en/consolidated.xml), snapshots of 2017-07-03 and 2024-09-26.',
  coverage:
    'Two snapshots only, 2017-07-03 and 2024-09-26. An entry in the first and absent from the second was removed at some date ' +
    'between them that the data does not give; an entry listed and removed between the two is not seen at all. Sanctions ' +
    'regimes are named by the list’s UN_LIST_TYPE only (no resolution numbers). A changed field keeps its 2017 value in ' +
    'the 2017 snapshot’s evidence.',
  files: SNAPSHOTS.map((snapshot) => snapshot.file),
};
