// A typed use of the client-record API, compiled by `tsc --noEmit` (the
// `types` layer of .ci/test.sh) against the declarations in www/pkg/.
import init, {
  anonymizeClient, anonymizeHousehold, anonymizedDob, defaultPolicy, deidentificationRequest,
  mergeRequest, trackingSheetCsv, validateClient, validateHousehold,
} from '../../www/pkg/cmis_guard.js';
import type {
  Anonymized, AnonymizedHousehold, Change, ClientRecord, Household, Issue, IssueCode, Policy,
  Ticket, ValidateOptions, Validation,
} from '../../www/pkg/cmis_guard.js';

export async function demo(): Promise<string[]> {
  await init();
  const record: ClientRecord = {
    personalId: '82830',
    firstName: 'Maria',
    lastName: 'Lopez',
    nameDataQuality: 1,
    ssn: '524681357',
    ssnDataQuality: 1,
    dob: '1990-06-15',
    dobDataQuality: 1,
    white: 1,
    veteranStatus: 99,
    texts: [{ name: 'caseNote', text: 'Doing well.' }],
    nickname: 'kept as an unknown field',
  };
  const options: ValidateOptions = { mode: 'anonymous', asOf: '2026-11-28', trueDob: '1990-06-15' };
  const v: Validation = validateClient(record, options);
  const codes: IssueCode[] = v.issues.map((i: Issue) => i.code);
  const fixes = v.issues.flatMap((i) => (i.fix === undefined ? [] : [[i.field, i.fix] as const]));

  const a: Anonymized = anonymizeClient(record, { asOf: '2026-11-28' });
  const fields: string[] = a.changes.map((c: Change) => c.field);
  const name: string | null | undefined = a.record.firstName;

  const household: Household = { members: [{ ...record, relationshipToHoH: 1 }, { personalId: '82476', relationshipToHoH: 3 }] };
  const h: AnonymizedHousehold = anonymizeHousehold(household, { asOf: '2026-11-28', remove: ['82476'] });
  const head: string | undefined = h.headOfHousehold;
  const hv: Validation = validateHousehold(h.household, { mode: 'identified', asOf: '2026-11-28' });

  const policy: Policy = defaultPolicy();
  policy.anonymous.mustBeEmpty.push('nickname');
  const strict = validateClient(a.record, { mode: 'anonymous', asOf: '2026-11-28', policy: { anonymous: { scanTexts: ['caseNote'] } } });

  const t: Ticket = deidentificationRequest({ clientId: '82830', remove: ['82476'], removeReason: 'dv_perpetrator', notesEditable: true });
  const m: Ticket = mergeRequest('82830', '90001');
  const csv: string = trackingSheetCsv([{ name: 'Maria Lopez', clientId: '82830' }]);
  const dob: string = anonymizedDob('1990-06-15', '2026-11-28', undefined).dob;

  // @ts-expect-error: mode must be 'anonymous' or 'identified'
  validateClient(record, { mode: 'strict', asOf: '2026-11-28' });
  // @ts-expect-error: NameDataQuality 3 is not an HMIS code
  const bad: ClientRecord = { nameDataQuality: 3 };

  return [...codes, ...fixes.map(String), ...fields, name ?? '', head ?? '', String(hv.ok), String(strict.ok), t.description, m.summary, csv, dob, String(bad)];
}
