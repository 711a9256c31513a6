import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../seed/validation';
import { findBySpelling } from './spelling-lookup';

const dataset = loadDataset();
const allSourceText = dataset.sources.map((source) => source.text).join('\n');

/** Every spelling the documents use for an actor, typos included, and the entity it must lead to. */
const SPELLINGS_IN_THE_SOURCES: [string, string][] = [
  ['UNODC', 'org:unodc'],
  ['United Nations Office on Drugs and Crime', 'org:unodc'],
  ['United Nations Office on Drugs and Orime', 'org:unodc'],
  ['UN Office for Drugs and Crime', 'org:unodc'],
  ['UN Office for Drug and Crime', 'org:unodc'],
  ['United Nations Office on Drugs and Crimes', 'org:unodc'],
  ['UNCCT', 'org:uncct'],
  ['United Nations Counter-Terrorism Centre', 'org:uncct'],
  ['United Nations Counter Terrorism Centre', 'org:uncct'],
  ['UN Counter-Terrorism Centre', 'org:uncct'],
  ['UN Counter-Terrorism Center', 'org:uncct'],
  ['UNCCT-UNOCT', 'org:uncct'],
  ['UNOCT', 'org:unoct'],
  ['United Nations Office of Counter-Terrorism', 'org:unoct'],
  ['United Nations Office of Counter Terrorism', 'org:unoct'],
  ['UN Counter Terrorism Office', 'org:unoct'],
  ['CTED', 'org:cted'],
  ['Counter-Terrorism Committee Executive Directorate', 'org:cted'],
  ['UN Counter-Terrorism Committee Executive Directorate', 'org:cted'],
  ['UN Counter-Terrorism Committee’s Executive Directorate', 'org:cted'],
  ['UNODA', 'org:unoda'],
  ['UN Office for Disarmament Affairs', 'org:unoda'],
  ['United Nations Office for Disarmament Affairs', 'org:unoda'],
  ['Global Firearms Programme', 'org:global-firearms-programme'],
  ['SCO', 'org:sco'],
  ['Shanghai Cooperation Organization', 'org:sco'],
  ['SCO RATS', 'org:sco-rats'],
  ['SCO RATS EC', 'org:sco-rats-executive-committee'],
  ['EC RATS', 'org:sco-rats-executive-committee'],
  ['SCO RATS Executive Committee', 'org:sco-rats-executive-committee'],
  ['EC RATS Executive Committee', 'org:sco-rats-executive-committee'],
  ['Interpol', 'org:interpol'],
  ['UNDP', 'org:undp'],
  ['General Assembly', 'org:un-general-assembly'],
  ['UN General Assembly', 'org:un-general-assembly'],
  ['Security Council', 'org:un-security-council'],
  ['UN Security Council', 'org:un-security-council'],
  ['United Nations', 'org:un'],
  ['Ministry of Foreign Affairs', 'org:kaz-ministry-of-foreign-affairs'],
  ['Ministry of Internal Affairs', 'org:kaz-ministry-of-internal-affairs'],
  ["Prosecutor's Office", 'org:kaz-prosecutors-office'],
  ['court', 'org:kaz-court'],
  ['Committee for National Security', 'org:kaz-committee-for-national-security'],
  ['Border Guards Service', 'org:kaz-border-guards-service'],
  ['Customs Service', 'org:kaz-customs-service'],
  ['Kazakhstan', 'state:KAZ'],
  ['Republic of Kazakhstan', 'state:KAZ'],
  ['Kyrgyzstan', 'state:KGZ'],
  ['Kygryz Republic', 'state:KGZ'],
  ['Tajikistan', 'state:TJK'],
  ['Turkmenistan', 'state:TKM'],
  ['Uzbekistan', 'state:UZB'],
  ['Kingdom of Saudi Arabia', 'state:SAU'],
  ['Saudi Arabia', 'state:SAU'],
  ['Russian Federation', 'state:RUS'],
  ['Russian', 'state:RUS'],
  ['Canada', 'state:CAN'],
  ['Vladimir Voronkov', 'person:vladimir-voronkov'],
  ['Voronkov', 'person:vladimir-voronkov'],
  ['V.Voronkov', 'person:vladimir-voronkov'],
  ['Ghada Waly', 'person:ghada-waly'],
  ['Jumakhon Giyosov', 'person:jumakhon-giyosov'],
  ['Steven Siqueira', 'person:steven-siqueira'],
  ['Alan Hamson', 'person:alan-hamson'],
  ['United Nations Global Counter-Terrorism Strategy', 'instrument:un-global-counter-terrorism-strategy'],
  ['UN Global Counter-Terrorism Strategy', 'instrument:un-global-counter-terrorism-strategy'],
  ['UN Global Counter Terrorism Strategy', 'instrument:un-global-counter-terrorism-strategy'],
  ['Global Counter-Terrorism Strategy', 'instrument:un-global-counter-terrorism-strategy'],
  ['Joint Plan of Action', 'instrument:central-asia-joint-plan-of-action'],
  ['Security Council Resolution 2370 (2017)', 'instrument:security-council-resolution-2370'],
  ['Madrid Guiding Principles', 'instrument:madrid-guiding-principles'],
  ['Firearms Protocol', 'instrument:firearms-protocol'],
  [
    'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
    'instrument:firearms-protocol',
  ],
  ['UN Convention Against Transnational Organized Crime', 'instrument:untoc'],
  ['UN Convention Against Transnational Crime', 'instrument:untoc'],
  ['Arms Trade Treaty', 'instrument:arms-trade-treaty'],
  [
    'UN Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects',
    'instrument:un-programme-of-action-salw',
  ],
  ['Terrorism arms crime nexus', 'project:terrorism-arms-crime-nexus'],
  [
    'Project for prevention and counteracting illegal trade in small weapons and armaments and their illegal supplies to the terrorists',
    'project:terrorism-arms-crime-nexus',
  ],
  [
    'Addressing the terrorism-arms-crime nexus: Preventing and combatting the illicit trafficking of small-arms and light weapons and their illicit supply to terrorists',
    'project:terrorism-arms-crime-nexus',
  ],
  ['UNDP Project Presentation', 'event:project-presentation-2020-02'],
  ['Operational measures to address terrorism-arms-crime nexus', 'event:training-course-astana-2024'],
  ['Project launch event', 'event:project-launch'],
  ['Astana', 'place:astana'],
  ['Central Asia', 'place:central-asia'],
];

describe('an analyst finds an actor by any spelling the documents use', () => {
  it.each(SPELLINGS_IN_THE_SOURCES)('finds "%s" as %s', (spelling, expectedId) => {
    expect(allSourceText.toLowerCase(), `"${spelling}" is not a spelling the documents use`).toContain(
      spelling.toLowerCase(),
    );
    expect(findBySpelling(dataset.entities, spelling).map((entity) => entity.id)).toEqual([expectedId]);
  });

  it('finds the same entity whatever the letter case', () => {
    expect(findBySpelling(dataset.entities, 'unodc').map((entity) => entity.id)).toEqual(['org:unodc']);
    expect(findBySpelling(dataset.entities, 'INTERPOL').map((entity) => entity.id)).toEqual(['org:interpol']);
  });

  it('does not invent spellings the documents never use', () => {
    expect(allSourceText).not.toContain('UNDOC');
    expect(findBySpelling(dataset.entities, 'UNDOC')).toEqual([]);
  });
});
