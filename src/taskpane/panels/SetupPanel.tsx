/**
 * Oppsett: the plan in use, the project table and its column mapping (confirmed and saved in the workbook).
 * The mapping shows only the fields that need a decision; the others, matched by their headers, are folded
 * into one section a keyboard user can skip (or open to change). The view; its state and actions are in
 * useSetup.ts.
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
import { columnLetters } from '../../core/cells';
import { Notice, TaskStatus } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { useLanguage, useWords } from '../i18n';
import { SETUP_WORDS } from './SetupWords';
import { FIELDS, sameMapping, withColumn } from '../services/setup';
import { FIELD_LABELS_EN } from '../../core/rules/helpers';
import { PlanInUse } from './PlanInUse';
import { useSetup } from './useSetup';

export function SetupPanel() {
  const { t, lang } = useLanguage();
  const w = useWords(SETUP_WORDS);
  const setup = useSetup();
  const { snapshot, task, draft, problems, decide } = setup;
  if (!snapshot) return null;
  const { projectSource: projects, headers } = snapshot;
  const left = projects?.grid.left ?? 1;
  const fieldLabel = (field: (typeof FIELDS)[number]) =>
    lang === 'en' ? FIELD_LABELS_EN[field.field] : field.header;

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
            ? w('mappingMissing', { fields: fieldLabel(field) })
            : duplicate
              ? w('mappingDuplicate', { header: headers[column] ?? '' })
              : undefined
        }
      >
        <Select
          value={column === undefined ? '' : String(column)}
          onChange={(_, data) =>
            setup.setDraft(withColumn(draft, field.field, data.value === '' ? undefined : Number(data.value)))
          }
        >
          <option value="">{w('mappingNotInTable')}</option>
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
      ? w('projectTableWhereTable', { name: projects.tableName ?? '', address: projects.address })
      : projects.source === 'sheet'
        ? w('projectTableWhereSheet', { name: projects.grid.sheet, address: projects.address })
        : w('projectTableWhereRange', { address: projects.address });

  return (
    <div>
      <TaskStatus task={task} />
      <Section title={w('planTitle')}>
        <PlanInUse detailed />
        <Actions>
          <Button onClick={setup.createPlan} disabled={task.busy || snapshot.planSource === 'workbook'}>
            {t('createPlanSheet')}
          </Button>
        </Actions>
        {snapshot.planSource === 'workbook' && <Text size={200}>{w('planSheetExists')}</Text>}
      </Section>

      <Section title={w('projectTable')}>
        {projects ? (
          <Text>{w('projectTableFound', { where, rows: snapshot.table?.rows.length ?? 0 })}</Text>
        ) : (
          <>
            <Notice intent="warning">{w('projectTableNone')}</Notice>
            <Actions>
              <Button appearance="primary" onClick={setup.createTable} disabled={task.busy}>
                {t('createProjectTable')}
              </Button>
              <Button onClick={setup.takeSelection} disabled={task.busy}>
                {t('useSelection')}
              </Button>
            </Actions>
            <Text size={200}>{w('useSelectionHint')}</Text>
          </>
        )}
      </Section>

      <Section title={w('pickListsTitle')}>
        <Text size={200}>{w('pickListsHint')}</Text>
        <Actions>
          <Button onClick={setup.placePickLists} disabled={task.busy}>
            {w('addPickLists')}
          </Button>
          <Button onClick={setup.removePickLists} disabled={task.busy}>
            {w('removePickLists')}
          </Button>
        </Actions>
      </Section>

      {projects && (
        <Section title={w('mappingTitle')}>
          <Text size={200} data-testid="mapping-summary">
            {w('mappingSummary', { mapped: mappedCount, count: FIELDS.length })}
            {notFound.length > 0 ? ` ${w('mappingNotFound', { fields: notFound.join(', ') })}` : ''}
            {projects.mapping === 'saved' ? ` ${w('mappingSavedBefore')}` : ''}
          </Text>
          {decide.length > 0 && (
            <>
              <Text weight="semibold">{w('mappingNeedsDecision', { count: decide.length })}</Text>
              {FIELDS.filter((field) => decide.includes(field.field)).map(columnField)}
            </>
          )}
          <Accordion collapsible>
            <AccordionItem value="all">
              <AccordionHeader size="small">
                {w('mappingShowAll', { count: FIELDS.length - decide.length })}
              </AccordionHeader>
              <AccordionPanel>
                <Text size={200}>{w('mappingHint')}</Text>
                {FIELDS.filter((field) => !decide.includes(field.field)).map(columnField)}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          <Actions>
            <Button
              appearance="primary"
              onClick={setup.saveMapping}
              disabled={task.busy || problems.missing.length > 0 || problems.duplicates.length > 0}
            >
              {t('saveMapping')}
            </Button>
            <Button
              onClick={() => setup.setDraft(projects?.headers.mapping ?? {})}
              disabled={task.busy || sameMapping(draft, projects?.headers.mapping ?? {})}
            >
              {w('resetMapping')}
            </Button>
          </Actions>
        </Section>
      )}
    </div>
  );
}
