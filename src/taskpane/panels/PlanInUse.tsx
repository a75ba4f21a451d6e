/** Says which plan the panels use: the workbook's Plan sheet or the built-in default, and whether it adds up. */
import { Text } from '@fluentui/react-components';
import { Notice } from '../components/Feedback';
import { useLanguage } from '../i18n';
import { useWorkbook } from '../workbook';

/** `detailed`: also list what does not add up in the workbook's plan. */
export function PlanInUse({ detailed = false }: { detailed?: boolean }) {
  const { t, m } = useLanguage();
  const { snapshot } = useWorkbook();
  if (!snapshot) return null;
  const { plan } = snapshot;
  const issues = [...snapshot.planFindings, ...snapshot.planProblems];
  return (
    <>
      <Text size={200} data-testid="plan-in-use">
        {t('planInUse', {
          name: plan.name,
          municipality: plan.municipality,
          from: plan.period.from,
          to: plan.period.to,
        })}
        {' — '}
        {snapshot.planSource === 'workbook' ? t('planFromSheet') : t('planBuiltIn')}
      </Text>
      {detailed && issues.length > 0 && (
        <Notice intent="warning">
          <strong>{t('planProblems')}</strong>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {issues.map((issue, i) => (
              <li key={i}>{m(issue)}</li>
            ))}
          </ul>
        </Notice>
      )}
    </>
  );
}
