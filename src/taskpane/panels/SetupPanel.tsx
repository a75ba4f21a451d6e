/**
 * Oppsett: the plan in use, the project table and its column mapping (confirmed and saved in the workbook).
 * The mapping shows only the fields that need a decision; the others, matched by their headers, are folded
 * into one section a keyboard user can skip (or open to change).
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Select,
  Text,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { columnLetters } from '../../core/cells';
import { defaultPlan, planToTables } from '../../core/plan';
import { parseAddress } from '../../port/addresses';
import type { ColumnMapping } from '../../core/types';
import type { ValidationResult } from '../../port/validation';
import { Notice, TaskStatus } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { paneText, type MessageKey } from '../../i18n';
import { useLanguage } from '../i18n';
import { FIELDS, fieldsNeedingDecision, mappingProblems, sameMapping, withColumn } from '../services/setup';
import { FIELD_LABELS_EN } from '../../core/rules/helpers';
import { useTask } from '../useTask';
import { useWorkbook } from '../workbook';
import { PlanInUse } from './PlanInUse';

/** Why a column got no pick-list, in the pane's words. */
const LEFT_BECAUSE: Record<ValidationResult['skipped'][number]['reason'], MessageKey> = {
  'user-validation': 'pickListUserValidation',
  'no-table': 'pickListNoTable',
  'no-column': 'pickListNoColumn',
  'no-list': 'pickListNoList',
};

/** The columns left without a pick-list, each with why, in both languages (shown as the notice's warnings). */
function leftAlone(result: ValidationResult) {
  const say = (lang: 'nb' | 'en', left: ValidationResult['skipped'][number]) =>
    paneText(lang, 'pickListLeft', {
      column: left.column,
      table: left.table,
      reason: paneText(lang, LEFT_BECAUSE[left.reason]),
    });
  return result.skipped.map((left) => ({ message: say('nb', left), messageEn: say('en', left) }));
}

export function SetupPanel() {
  const { t, lang } = useLanguage();
  const workbook = useWorkbook();
  const { snapshot, port } = workbook;
  const task = useTask();
  const [draft, setDraft] = useState<ColumnMapping>({});

  useEffect(() => {
    if (snapshot) setDraft(snapshot.mapping);
  }, [snapshot]);

  const problems = useMemo(() => mappingProblems(draft), [draft]);
  // What needed a decision when the table was read: it stays in view while the user edits.
  const decide = useMemo(
    () => (snapshot ? fieldsNeedingDecision(snapshot.mapping, snapshot.headers) : []),
    [snapshot],
  );
  if (!snapshot) return null;
  const { projectSource: projects, headers } = snapshot;
  const left = projects?.grid.left ?? 1;
  const fieldLabel = (field: (typeof FIELDS)[number]) =>
    lang === 'en' ? FIELD_LABELS_EN[field.field] : field.header;

  const createPlan = () =>
    task.run(async () => {
      await port.createPlanSheet(planToTables(defaultPlan));
      await workbook.reload();
      return { key: 'createPlanSheetDone' };
    });
  const createTable = () =>
    task.run(async () => {
      await port.createProjectTable();
      await workbook.reload();
      return { key: 'createProjectTableDone' };
    });
  const useSelection = () =>
    task.run(async () => {
      const address = await port.getSelectedAddress();
      if (!address || !parseAddress(address)) return { key: 'noSelection' };
      workbook.setRange(address);
    });
  const placePickLists = () =>
    task.run(async () => {
      // Loaded on the click: the criteria reader stays out of the first download (Oppsett is the first tab).
      const { addPickLists } = await import(/* webpackChunkName: "pick-lists" */ '../../app/pickLists');
      const result = await addPickLists(port);
      const warnings = leftAlone(result);
      const columns = result.added.map((added) => `${added.table}: ${added.column}`).join(', ');
      return result.added.length > 0
        ? { key: 'pickListsAdded', vars: { count: result.added.length, columns }, warnings }
        : { key: 'pickListsNoneAdded', warnings };
    });
  const removePickLists = () =>
    task.run(async () => ({ key: 'pickListsRemoved', vars: { count: await port.removeValidation() } }));
  const saveMapping = () =>
    task.run(async () => {
      await port.saveMapping({ mapping: draft, headers });
      await workbook.reload();
      return { key: 'mappingSaved' };
    });

  const columnField = (field: (typeof FIELDS)[number]) => {
    const column = draft[field.field];
    const duplicate = column !== undefined && problems.duplicates.includes(column);
    const missing = field.required && column === undefined;
    return (
      <Field
        key={field.field}
        label={fieldLabel(field)}
        required={field.required}
        validationState={missing || duplicate ? 'error' : 'none'}
        validationMessage={
          missing
            ? t('mappingMissing', { fields: fieldLabel(field) })
            : duplicate
              ? t('mappingDuplicate', { header: headers[column] ?? '' })
              : undefined
        }
      >
        <Select
          value={column === undefined ? '' : String(column)}
          onChange={(_, data) =>
            setDraft(withColumn(draft, field.field, data.value === '' ? undefined : Number(data.value)))
          }
        >
          <option value="">{t('mappingNotInTable')}</option>
          {headers.map((header, i) =>
            header === '' ? null : (
              <option key={i} value={String(i)}>
                {`${columnLetters(left + i)}: ${header}`}
              </option>
            ),
          )}
        </Select>
      </Field>
    );
  };
  const mappedCount = FIELDS.filter((field) => draft[field.field] !== undefined).length;
  const notFound = FIELDS.filter((field) => draft[field.field] === undefined).map(fieldLabel);

  const where = !projects
    ? ''
    : projects.source === 'table'
      ? t('projectTableWhereTable', { name: projects.tableName ?? '', address: projects.address })
      : projects.source === 'sheet'
        ? t('projectTableWhereSheet', { name: projects.grid.sheet, address: projects.address })
        : t('projectTableWhereRange', { address: projects.address });

  return (
    <div>
      <TaskStatus task={task} />
      <Section title={t('planTitle')}>
        <PlanInUse detailed />
        <Actions>
          <Button onClick={createPlan} disabled={task.busy || snapshot.planSource === 'workbook'}>
            {t('createPlanSheet')}
          </Button>
        </Actions>
        {snapshot.planSource === 'workbook' && <Text size={200}>{t('planSheetExists')}</Text>}
      </Section>

      <Section title={t('projectTable')}>
        {projects ? (
          <Text>{t('projectTableFound', { where, rows: snapshot.table?.rows.length ?? 0 })}</Text>
        ) : (
          <>
            <Notice intent="warning">{t('projectTableNone')}</Notice>
            <Actions>
              <Button appearance="primary" onClick={createTable} disabled={task.busy}>
                {t('createProjectTable')}
              </Button>
              <Button onClick={useSelection} disabled={task.busy}>
                {t('useSelection')}
              </Button>
            </Actions>
            <Text size={200}>{t('useSelectionHint')}</Text>
          </>
        )}
      </Section>

      <Section title={t('pickListsTitle')}>
        <Text size={200}>{t('pickListsHint')}</Text>
        <Actions>
          <Button onClick={placePickLists} disabled={task.busy}>
            {t('addPickLists')}
          </Button>
          <Button onClick={removePickLists} disabled={task.busy}>
            {t('removePickLists')}
          </Button>
        </Actions>
      </Section>

      {projects && (
        <Section title={t('mappingTitle')}>
          <Text size={200} data-testid="mapping-summary">
            {t('mappingSummary', { mapped: mappedCount, count: FIELDS.length })}
            {notFound.length > 0 ? ` ${t('mappingNotFound', { fields: notFound.join(', ') })}` : ''}
            {projects.mapping === 'saved' ? ` ${t('mappingSavedBefore')}` : ''}
          </Text>
          {decide.length > 0 && (
            <>
              <Text weight="semibold">{t('mappingNeedsDecision', { count: decide.length })}</Text>
              {FIELDS.filter((field) => decide.includes(field.field)).map(columnField)}
            </>
          )}
          <Accordion collapsible>
            <AccordionItem value="all">
              <AccordionHeader size="small">
                {t('mappingShowAll', { count: FIELDS.length - decide.length })}
              </AccordionHeader>
              <AccordionPanel>
                <Text size={200}>{t('mappingHint')}</Text>
                {FIELDS.filter((field) => !decide.includes(field.field)).map(columnField)}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          <Actions>
            <Button
              appearance="primary"
              onClick={saveMapping}
              disabled={task.busy || problems.missing.length > 0 || problems.duplicates.length > 0}
            >
              {t('saveMapping')}
            </Button>
            <Button
              onClick={() => setDraft(projects?.headers.mapping ?? {})}
              disabled={task.busy || sameMapping(draft, projects?.headers.mapping ?? {})}
            >
              {t('resetMapping')}
            </Button>
          </Actions>
        </Section>
      )}
    </div>
  );
}
