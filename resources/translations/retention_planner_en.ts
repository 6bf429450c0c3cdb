<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Measure catalogue</source>
        <translation>Measure catalogue</translation>
    </message>
    <message>
        <source>Search: service, newsletter, discount …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back only</source>
        <translation>Win-back only</translation>
    </message>
    <message>
        <source>Add to the goal</source>
        <translation>Add to the goal</translation>
    </message>
    <message>
        <source>Add to the goal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick several measures to add them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock-in</source>
        <translation>lock-in</translation>
    </message>
    <message>
        <source>attachment by choice</source>
        <translation>attachment by choice</translation>
    </message>
    <message>
        <source>Bond type</source>
        <translation>Bond type</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Typical KPI</source>
        <translation>Typical KPI</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Save as PNG/SVG…</source>
        <translation>Save as PNG/SVG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the chart as a picture</source>
        <translation>Copy the chart as a picture</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Edit persona: %1</source>
        <translation>Edit persona: %1</translation>
    </message>
    <message>
        <source>Delete persona “%1”</source>
        <translation>Delete persona “%1”</translation>
    </message>
    <message>
        <source>Set photo of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Up to five segments side by side: untick one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amounts in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two to five values to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(!) Fewer than 30 customers at the start of the latest period: %1. One customer more or less moves their rates by several points, so compare them with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amounts in the data: revenue and order value cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished">Segment</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>window not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the values to compare, up to five.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>The data does not show its currency: which currency are these amounts in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the %1 signs in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the column “%1”: most rows are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the column “%1”: most rows are from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan so far counts in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency of the amounts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>Filter: customer, segment, date …</source>
        <translation>Filter: customer, segment, date …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">Cannot export</translation>
    </message>
</context>
<context>
    <name>CustomerLists</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>RFM score</source>
        <translation>RFM score</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary score, each 1 (low) to 5 (high).</source>
        <translation>Recency, frequency and monetary score, each 1 (low) to 5 (high).</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>Days since last purchase</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <source>Value at risk per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue per year of the customer&apos;s history (counted as at least one year): what stops if they do not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>Usual interval (days)</translation>
    </message>
    <message>
        <source>The median number of days between this customer&apos;s purchases.</source>
        <translation>The median number of days between this customer&apos;s purchases.</translation>
    </message>
    <message>
        <source>Lapsed after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence that counts as a lapse for this customer: the longer of 90 % of their own gaps and the minimum gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R = recency score (5 = bought most recently), F = frequency score (5 = most purchases); scores are quintiles of the customers&apos; ranks.</source>
        <translation>R = recency score (5 = bought most recently), F = frequency score (5 = most purchases); scores are quintiles of the customers&apos; ranks.</translation>
    </message>
</context>
<context>
    <name>DamagedNotice</name>
    <message>
        <source>The stored sales data of %1 is damaged and left out: every figure, chart and judgement in this plan is computed without it (where nothing else is left, it shows “–”). Remove the import and import the original file again; everything else in the plan is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show imports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>activity window</source>
        <translation>activity window</translation>
    </message>
    <message>
        <source>Suggested: %1 months</source>
        <translation>Suggested: %1 months</translation>
    </message>
    <message>
        <source>Too few repeat purchases to derive a window; 12 months is the usual default.</source>
        <translation>Too few repeat purchases to derive a window; 12 months is the usual default.</translation>
    </message>
    <message>
        <source>80 % of repeat purchases came within %1 days of the customer&apos;s previous purchase (%2 repeat purchases). A customer silent for longer has most likely lapsed.</source>
        <translation>80 % of repeat purchases came within %1 days of the customer&apos;s previous purchase (%2 repeat purchases). A customer silent for longer has most likely lapsed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only %1&lt;/b&gt;: %2 of %3 rows, %4 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Only %1 customers&lt;/b&gt; were active at the start of the latest complete period: one customer more or less moves the rates by several points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial periods (the data covers only part of them, marked *): %1.</source>
        <translation>Partial periods (the data covers only part of them, marked *): %1.</translation>
    </message>
    <message>
        <source>Up to %1 the activity window reaches back before the first data, so the customers active at the start (and the retention rate) are understated there (grey).</source>
        <translation>Up to %1 the activity window reaches back before the first data, so the customers active at the start (and the retention rate) are understated there (grey).</translation>
    </message>
    <message>
        <source>No amounts in the data: every order counts as a purchase; revenue and order value are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat customers who have lapsed: silent for longer than 90 % of their own gaps between purchases and longer than %1 days (a quarter of the activity window), but still within the window, so the retention rate has not lost them yet. Most value at risk first: call them before they are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers are on the list; left out: %3 within their rhythm, %4 with a single purchase (no rhythm yet), %5 silent for longer than the window (already counted as lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amounts in the data: ranked by purchases a year instead of value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort (customers)</source>
        <translation>Cohort (customers)</translation>
    </message>
    <message>
        <source>Periods after the first purchase</source>
        <translation>Periods after the first purchase</translation>
    </message>
    <message>
        <source>Share of customers %</source>
        <translation>Share of customers %</translation>
    </message>
    <message>
        <source>Share of revenue %</source>
        <translation>Share of revenue %</translation>
    </message>
    <message>
        <source>No sales data yet</source>
        <translation>No sales data yet</translation>
    </message>
    <message>
        <source>grey: window not covered by the data</source>
        <translation>grey: window not covered by the data</translation>
    </message>
    <message>
        <source>Bought again, % of the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey: cohorts under %1 customers (too few to compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales data</source>
        <translation>Sales data</translation>
    </message>
    <message>
        <source>Create a measure for these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A win-back measure whose participants are exactly the customers shown, so its effect can be judged once there is data after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import sales data…</source>
        <translation>&amp;Import sales data…</translation>
    </message>
    <message>
        <source>No sales data yet.
Import an Excel or CSV list of your sales (or drop the file on the window) to see retention, churn, cohorts and the customers at risk.</source>
        <translation>No sales data yet.
Import an Excel or CSV list of your sales (or drop the file on the window) to see retention, churn, cohorts and the customers at risk.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Activity &amp;window:</source>
        <translation>Activity &amp;window:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>A customer counts as active at a date when they bought within this many months before it.</source>
        <translation>A customer counts as active at a date when they bought within this many months before it.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Use it</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Import &amp;survey answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and churn</source>
        <translation>Retention and churn</translation>
    </message>
    <message>
        <source>New and returning buyers</source>
        <translation>New and returning buyers</translation>
    </message>
    <message>
        <source>Revenue and order value</source>
        <translation>Revenue and order value</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM segments</translation>
    </message>
    <message>
        <source>Lapsed (past their rhythm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGuard</name>
    <message>
        <source>This is the demo, a temporary copy: your changes are lost when you close it. Save it as your own plan to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your changes to the demo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed the demo. It is a temporary copy: unless you save it as your own plan, the changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as my own plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectDetail</name>
    <message>
        <source>Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel list as the shop or loyalty system exports it: customer numbers or e-mail addresses, join dates if there are any. The column that matches the sales data is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a data column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants are the customers with a chosen value in a column of the sales data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a random share of the participants (15 %, at least 30) out of the measure: comparing them with the rest is the only comparison that shows what the measure did, not who chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth having from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest effect on coming back (percentage points) the team would call worth having: the verdict says whether the interval lies above it. 0 = not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contact list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants&apos; e-mail, first and last name for Mailchimp, Brevo or Klaviyo, without the holdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the other measures&apos; spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a random holdout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would make this judgeable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins of the goal “%1”&lt;/b&gt; (entered by hand; dashed line: the target %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins recorded yet: record values in the goal table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one horizon before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came back, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales data yet</source>
        <translation type="unfinished">No sales data yet</translation>
    </message>
    <message>
        <source>window not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomised comparison: the participants against a random holdout drawn from them before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched comparison: the other customers, weighted to the participants&apos; mix of buying before the start (how often, how lately). Not randomised: what the buying does not show can still differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time series: the trend and season of the years before the start carried forward. Not causal: anything else that changed at the start is in it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual minus predicted over %1 periods: %2, 95 %: %3 (fitted on %4 periods before the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without matching (all other customers, unweighted): %1 points, 95 %: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants in %2 groups of buying behaviour no other customer shares are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2 points (95 %: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placebo starts (the same comparison where nothing had started yet; near 0 is good): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In money over the horizon: %1 %4 gross margin (95 %: %2 %4) from %3 participants active at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it paid off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not pay off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it paid off is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1 %4 cost: return %2 %, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1 %4 cost: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest effect this measure can detect (80 % power): %1 points of coming back, or %2 revenue per participant; it can be judged from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&lt;br&gt;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&lt;br&gt;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&lt;br&gt;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&lt;br&gt;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference in&lt;br&gt;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 %&lt;br&gt;interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers active (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bootstrap replicates over customers, seed %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectNews</name>
    <message>
        <source>⚠ Since the last import the effect has faded: %1. It worked at first; the latest interval contains 0. Suggested: adjust or stop, in the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Since the last import paid for itself: %1 (its extra margin lies above its cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectOverTime</name>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectPanel</name>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>harmful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot judge the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished">Measure</translation>
    </message>
    <message>
        <source>%1 against the target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout: %1 of them kept out at random and judged against (randomised comparison); the contact list leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: the definition cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: customers with %1 = %2 in the sales data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: a list of %1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, each judged from their join date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: not defined — every customer takes part, so the goal&apos;s KPI is judged against its trend and season before the start (not causal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back: %1 lapsed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the win-back list on %1. The customers of the list are the participants: they are compared with all other customers once there is data after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the participants list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants are not in the sales data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sales data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect worth having</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts written to %2; %3 held out at random are not on it; %4 without an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants read from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, join dates from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of them are in the sales data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; rows left out, empty in that column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales data has no column with a few distinct values (like a card or campaign column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a customer list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the sales data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with the value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 of the method: did each measure work? Participants are compared with a random holdout kept out of the measure, or else with the other customers matched on their buying before the start: how many came back within 3 months after the start, against the same share before it. Without participants, the goal&apos;s KPI is set against its trend and season before the start: context, not proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each measure judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and decide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectReview</name>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— open —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file %1 does not exist (any more).</source>
        <translation>The file %1 does not exist (any more).</translation>
    </message>
    <message>
        <source>%1 is not a Retention Planner project.

Open a .rplan file created by Retention Planner.</source>
        <translation>%1 is not a Retention Planner project.

Open a .rplan file created by Retention Planner.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.

Open a backup copy. The damaged file was not changed.</source>
        <translation>%1 is damaged and cannot be opened.

Open a backup copy. The damaged file was not changed.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Retention Planner.

Update Retention Planner to open it. The file was not changed.</source>
        <translation>%1 was saved by a newer version of Retention Planner.

Update Retention Planner to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a photo: it is not a picture, is damaged, or is far too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the change was not saved, and the plan is as it was.

Free some space (empty the recycle bin, move large files), then make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: the change was not saved, and the plan is as it was.

Check that the drive is still connected and writable, then make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>team member</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>touchpoint</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project setting</source>
        <translation>project setting</translation>
    </message>
    <message>
        <source>This entry (%1) was deleted meanwhile, probably by someone else who has the plan open. Nothing was changed; the view now shows the plan as it is.</source>
        <translation>This entry (%1) was deleted meanwhile, probably by someone else who has the plan open. Nothing was changed; the view now shows the plan as it is.</translation>
    </message>
    <message>
        <source>The stored sales data of %1 is damaged and cannot be read. Everything else in the plan is intact.</source>
        <translation>The stored sales data of %1 is damaged and cannot be read. Everything else in the plan is intact.</translation>
    </message>
    <message>
        <source>This entry (%1) was changed meanwhile by someone else who has the plan open. Their change was kept and nothing was overwritten.</source>
        <translation>This entry (%1) was changed meanwhile by someone else who has the plan open. Their change was kept and nothing was overwritten.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it again, or export it as CSV.</source>
        <translation>Open it in Excel or LibreOffice and save it again, or export it as CSV.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: use an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>%1 cannot be imported: use an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is the lock file Excel or LibreOffice keeps beside a workbook while it is open, not the workbook itself. Choose the workbook without “~$” at the start of its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB.</source>
        <translation>%1 is larger than 2 GB.</translation>
    </message>
    <message>
        <source>%1 unpacks to an absurd size and was not read, to protect your computer. If it is genuine, save it again from Excel or as CSV.</source>
        <translation>%1 unpacks to an absurd size and was not read, to protect your computer. If it is genuine, save it again from Excel or as CSV.</translation>
    </message>
    <message>
        <source>%1 is damaged or not really the file type its name says.</source>
        <translation>%1 is damaged or not really the file type its name says.</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 has no sheets.</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”. Sheets: %3.</source>
        <translation>%1 has no sheet “%2”. Sheets: %3.</translation>
    </message>
    <message>
        <source>The sheet “%2” in %1 is empty: choose the sheet with the sales rows.</source>
        <translation>The sheet “%2” in %1 is empty: choose the sheet with the sales rows.</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file.</source>
        <translation>%1 is not a text (CSV) file.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: check that every line has the same number of separators.</source>
        <translation>%1 cannot be read as CSV: check that every line has the same number of separators.</translation>
    </message>
    <message>
        <source>%1: none of the rows has a readable date and a score from 0 to 10. Check which columns hold the date and the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%2” does not have the columns %3 of the first sheet. Tick only sheets with the same columns, or import this sheet on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no column “%2”. Columns: %3.</source>
        <translation>%1: there is no column “%2”. Columns: %3.</translation>
    </message>
    <message>
        <source>%1: no column found for %2. Choose the columns in the import, or name them with --map. Columns: %3.</source>
        <translation>%1: no column found for %2. Choose the columns in the import, or name them with --map. Columns: %3.</translation>
    </message>
    <message>
        <source>%1: there are no rows below the header.</source>
        <translation>%1: there are no rows below the header.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote opens a value there that is closed only on line %3, so the lines between were read as one value instead of rows. Remove the lone quote (&quot;) on line %2, or close it, and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of the rows has a customer number, a readable date and an amount together. Check the column mapping and the header row.</source>
        <translation>%1: none of the rows has a customer number, a readable date and an amount together. Check the column mapping and the header row.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 could not be read.</translation>
    </message>
    <message>
        <source>%1 is too large for this computer, or damaged; reading it was stopped to protect your computer. If it is genuine, save only the sales sheet again from Excel, or export it as CSV.</source>
        <translation>%1 is too large for this computer, or damaged; reading it was stopped to protect your computer. If it is genuine, save only the sales sheet again from Excel, or export it as CSV.</translation>
    </message>
    <message>
        <source>%1 is too large for the free memory of this computer; reading it was stopped. Close other programs and try again, or export a shorter period per file and import the files one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: choose another folder, or close the file if it is open in Excel.</source>
        <translation>%1 cannot be written: choose another folder, or close the file if it is open in Excel.</translation>
    </message>
    <message>
        <source>%1 holds no participants. Put one participant per row: the customer number or the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column holds customer numbers or e-mail addresses (one per row). Columns: %3. Export the list with the customer number or the e-mail address of each participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants definition “%2” names no column. Write it as COLUMN=VALUE, e.g. Kundenkarte=ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales data has no column “%2” to choose the participants by. Choose the participants again; columns of the sales data: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for the memory of this computer.</source>
        <translation type="unfinished">The file is too large for the memory of this computer.</translation>
    </message>
    <message>
        <source>Retention Planner</source>
        <translation>Retention Planner</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your confirmed changes are saved.

Details were written to the log file:
%1</source>
        <translation>Something went wrong that should not have. Your confirmed changes are saved.

Details were written to the log file:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>Edit %1: %2</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>Delete %1 “%2”</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>Reorder %1</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>Add check-in</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Delete check-in</translation>
    </message>
</context>
<context>
    <name>GoalForms</name>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>Manual KPI (check-ins)</source>
        <translation>Manual KPI (check-ins)</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Active customers</translation>
    </message>
    <message>
        <source>situational / spatial</source>
        <translation>situational / spatial</translation>
    </message>
    <message>
        <source>market-based</source>
        <translation>market-based</translation>
    </message>
    <message>
        <source>contractual / legal</source>
        <translation>contractual / legal</translation>
    </message>
    <message>
        <source>technical</source>
        <translation>technical</translation>
    </message>
    <message>
        <source>economic</source>
        <translation>economic</translation>
    </message>
    <message>
        <source>emotional</source>
        <translation>emotional</translation>
    </message>
    <message>
        <source>Describe what exactly should change, for whom.</source>
        <translation>Describe what exactly should change, for whom.</translation>
    </message>
    <message>
        <source>Name the customer group: link a persona or stage, or say which customers.</source>
        <translation>Name the customer group: link a persona or stage, or say which customers.</translation>
    </message>
    <message>
        <source>Object and customer group are named.</source>
        <translation>Object and customer group are named.</translation>
    </message>
    <message>
        <source>Choose the KPI that measures the goal.</source>
        <translation>Choose the KPI that measures the goal.</translation>
    </message>
    <message>
        <source>Set a target value.</source>
        <translation>Set a target value.</translation>
    </message>
    <message>
        <source>Give the manual KPI a unit (e.g. days, %, calls).</source>
        <translation>Give the manual KPI a unit (e.g. days, %, calls).</translation>
    </message>
    <message>
        <source>This KPI comes from sales data, and the project has none yet: import it in Data.</source>
        <translation>This KPI comes from sales data, and the project has none yet: import it in Data.</translation>
    </message>
    <message>
        <source>NPS needs survey answers; until then record them as check-ins.</source>
        <translation>NPS needs survey answers; until then record them as check-ins.</translation>
    </message>
    <message>
        <source>Metric, target and unit are set and can be measured.</source>
        <translation>Metric, target and unit are set and can be measured.</translation>
    </message>
    <message>
        <source>Set baseline, target and a deadline after the baseline date to judge this.</source>
        <translation>Set baseline, target and a deadline after the baseline date to judge this.</translation>
    </message>
    <message>
        <source>No history of this KPI in the data to compare with: judge it with the team.</source>
        <translation>No history of this KPI in the data to compare with: judge it with the team.</translation>
    </message>
    <message>
        <source>The data is shorter than the goal&apos;s %1 periods: no comparison yet.</source>
        <translation>The data is shorter than the goal&apos;s %1 periods: no comparison yet.</translation>
    </message>
    <message>
        <source>Holding or easing the level: achievable.</source>
        <translation>Holding or easing the level: achievable.</translation>
    </message>
    <message>
        <source>Needs %1 per period for %2 periods; the best stretch in your data was %3 per period. Lower the target or move the deadline.</source>
        <translation>Needs %1 per period for %2 periods; the best stretch in your data was %3 per period. Lower the target or move the deadline.</translation>
    </message>
    <message>
        <source>Needs %1 per period; the best stretch in your data reached %2 per period.</source>
        <translation>Needs %1 per period; the best stretch in your data reached %2 per period.</translation>
    </message>
    <message>
        <source>Link a persona, a journey stage or a bond type the goal serves.</source>
        <translation>Link a persona, a journey stage or a bond type the goal serves.</translation>
    </message>
    <message>
        <source>Write why the goal matters.</source>
        <translation>Write why the goal matters.</translation>
    </message>
    <message>
        <source>Linked and reasoned.</source>
        <translation>Linked and reasoned.</translation>
    </message>
    <message>
        <source>Set a deadline.</source>
        <translation>Set a deadline.</translation>
    </message>
    <message>
        <source>The deadline has passed: set a new one.</source>
        <translation>The deadline has passed: set a new one.</translation>
    </message>
    <message>
        <source>The deadline must follow the baseline date.</source>
        <translation>The deadline must follow the baseline date.</translation>
    </message>
    <message>
        <source>Deadline set, in the future.</source>
        <translation>Deadline set, in the future.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>What exactly, for whom:</source>
        <translation>What exactly, for whom:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
    <message>
        <source>Measured on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal for one group of customers, e.g. the online shop&apos;s: its baseline and progress then come from that group&apos;s rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Baseline value:</source>
        <translation>Baseline value:</translation>
    </message>
    <message>
        <source>Baseline date:</source>
        <translation>Baseline date:</translation>
    </message>
    <message>
        <source>Take baseline from the data</source>
        <translation>Take baseline from the data</translation>
    </message>
    <message>
        <source>Target value:</source>
        <translation>Target value:</translation>
    </message>
    <message>
        <source>Worth a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Why it matters:</translation>
    </message>
    <message>
        <source>Bond types:</source>
        <translation>Bond types:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Journey stages:</source>
        <translation>Journey stages:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record value</source>
        <translation>Record value</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins&lt;/b&gt; (values of a manual KPI over time; progress uses the latest)</source>
        <translation>&lt;b&gt;Check-ins&lt;/b&gt; (values of a manual KPI over time; progress uses the latest)</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMART check&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMART check&lt;/b&gt;</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Specific</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Measurable</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Achievable</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Time-bound</translation>
    </message>
    <message>
        <source>%1 margin (%2 revenue), once the target holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Serves goals:</source>
        <translation>Serves goals:</translation>
    </message>
    <message>
        <source>At touchpoints:</source>
        <translation>At touchpoints:</translation>
    </message>
    <message>
        <source>Bond type:</source>
        <translation>Bond type:</translation>
    </message>
    <message>
        <source>Kind of bond:</source>
        <translation>Kind of bond:</translation>
    </message>
    <message>
        <source>attachment by choice</source>
        <translation>attachment by choice</translation>
    </message>
    <message>
        <source>lock-in</source>
        <translation>lock-in</translation>
    </message>
    <message>
        <source>Cost / budget:</source>
        <translation>Cost / budget:</translation>
    </message>
    <message>
        <source>Effort (1–5):</source>
        <translation>Effort (1–5):</translation>
    </message>
    <message>
        <source>Expected impact (1–5):</source>
        <translation>Expected impact (1–5):</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Empty: all customers. A data column and value, e.g. Kundenkarte=ja. Or paste customer numbers, one per line.</source>
        <translation>Empty: all customers. A data column and value, e.g. Kundenkarte=ja. Or paste customer numbers, one per line.</translation>
    </message>
    <message>
        <source>Smallest effect worth having (points):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points more of the participants coming back within 3 months would make the measure worth its cost. The verdict says whether the effect clears it; before the start, whether the measure can detect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest effect worth having (revenue per participant):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much more revenue per participant within 3 months would make the measure worth its cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation note:</source>
        <translation>Evaluation note:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>off track</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>no current value yet</source>
        <translation>no current value yet</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <source>Goal / measure</source>
        <translation>Goal / measure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start / baseline</source>
        <translation>Start / baseline</translation>
    </message>
    <message>
        <source>End / deadline</source>
        <translation>End / deadline</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Worth a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current %1 (baseline %2, target %3): %4 % of the way, %5.</source>
        <translation>Current %1 (baseline %2, target %3): %4 % of the way, %5.</translation>
    </message>
    <message>
        <source>By now the straight line to the deadline expects %1 %.</source>
        <translation>By now the straight line to the deadline expects %1 %.</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
</context>
<context>
    <name>GoalValue</name>
    <message>
        <source>reached</source>
        <translation type="unfinished">reached</translation>
    </message>
    <message>
        <source>The target is reached already: reaching it adds nothing more a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth %1 margin a year (%2 revenue) once the target holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers with a purchase by the end of %2 × %3 points more who come back = %4 more repeat customers;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each brings %1 in the year after the first purchase (repeat purchases %2 ÷ %3 repeat customers, first purchase from %4 to %5);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each is worth %1 a year (what the %3 customers active on %4 brought from %4 to %5: %2);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers at the start of %2 × %3 points × %4 periods a year = %5 more customers kept a year;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin: the project&apos;s gross margin of %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Add %1 measures from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no participants to hold out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the planned customer list into Participants, or import sales data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline yet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline yet: the data has no complete period with this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline from the data</source>
        <translation>baseline from the data</translation>
    </message>
    <message>
        <source>Goals and measures</source>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <source>Steps 2 and 3 of the method: set retention as a SMART goal and derive measures with owners. Each goal shows its measures beneath it; double-click a cell to edit it, the bar shows progress against the straight line to the deadline.</source>
        <translation>Steps 2 and 3 of the method: set retention as a SMART goal and derive measures with owners. Each goal shows its measures beneath it; double-click a cell to edit it, the bar shows progress against the straight line to the deadline.</translation>
    </message>
    <message>
        <source>New &amp;goal</source>
        <translation>New &amp;goal</translation>
    </message>
    <message>
        <source>New &amp;measure</source>
        <translation>New &amp;measure</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Catalogue…</translation>
    </message>
    <message>
        <source>Add a measure from the catalogue to the selected goal</source>
        <translation>Add a measure from the catalogue to the selected goal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>What do I carry? Show one person&apos;s goals and measures.</source>
        <translation>What do I carry? Show one person&apos;s goals and measures.</translation>
    </message>
    <message>
        <source>No goal yet. Click “New goal” to set your first retention goal.</source>
        <translation>No goal yet. Click “New goal” to set your first retention goal.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Retention Planner guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldoutDraw</name>
    <message>
        <source>No holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a random holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants. Share kept out of the measure at random (at least 30 customers); the contact list leaves them out and they are the comparison group:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>New idea note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished">Measure</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this note a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasCommands</name>
    <message>
        <source>Add note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group notes as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take notes out of their group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot taken back by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn note into a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn note into a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn note into a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Stage deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dots given yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished">Ideas</translation>
    </message>
    <message>
        <source>The plan has no journey stages yet: add one in the journey map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group (empty: take them out of their group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the participants first, then vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dots left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn into a touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn into a measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn into a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <source>Collect ideas, pains and questions per stage in a workshop, vote with dots and turn the best into touchpoints, measures or goals. Ctrl+Shift+N types a note anywhere in the app (Enter: next note, Esc: done); drag notes between stages (or Alt+arrows); right-click a note for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected notes into one group (Ctrl+click selects several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranking&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import sales data</source>
        <translation>Import sales data</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a file or drop it here</source>
        <translation>Choose a file or drop it here</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Import your sales or invoice list: one row per sale or invoice line with at least a customer number and a date; an amount (or quantity and unit price) adds revenue and order value, and a visit log without amounts works too. Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and CSV files work; macros and formulas are never run. Later imports of newer data are added; rows imported before are recognised and not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Choose the file</translation>
    </message>
    <message>
        <source>2. Choose the sheet</source>
        <translation>2. Choose the sheet</translation>
    </message>
    <message>
        <source>3. Which column is what?</source>
        <translation>3. Which column is what?</translation>
    </message>
    <message>
        <source>4. Check and import</source>
        <translation>4. Check and import</translation>
    </message>
    <message>
        <source>Imported: what is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Stopped. Nothing was imported.</translation>
    </message>
    <message>
        <source>Choose sales data</source>
        <translation>Choose sales data</translation>
    </message>
    <message>
        <source>Sales data (%1);;All files (*)</source>
        <translation>Sales data (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation>Looking at the file…</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <source>This file has the same columns as an earlier import: its mapping is used.</source>
        <translation>This file has the same columns as an earlier import: its mapping is used.</translation>
    </message>
    <message>
        <source>Fields marked * are required. Without an amount every order counts as a purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns for customer ID and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished">currency</translation>
    </message>
    <message>
        <source>%1
= quantity × unit price</source>
        <translation>%1
= quantity × unit price</translation>
    </message>
    <message>
        <source>This value cannot be read; the row will not count for customer figures.</source>
        <translation>This value cannot be read; the row will not count for customer figures.</translation>
    </message>
    <message>
        <source>First %1 rows as they will be read (rows with problems in red: %2)</source>
        <translation>First %1 rows as they will be read (rows with problems in red: %2)</translation>
    </message>
    <message>
        <source>Checking all rows…</source>
        <translation>Checking all rows…</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Rows used / left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; used, %2 left out (of %3 rows read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the rows used are already stored from earlier imports; they will not be counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without customer ID (e.g. walk-in sales)</source>
        <translation>without customer ID (e.g. walk-in sales)</translation>
    </message>
    <message>
        <source>without a readable date</source>
        <translation>without a readable date</translation>
    </message>
    <message>
        <source>without an amount</source>
        <translation>without an amount</translation>
    </message>
    <message>
        <source>of orders that are no sale (cancelled, refunded …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are further items of an order whose total stands on another of its rows: part of that order, counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times with a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dates carry a time zone (such as +01:00): each counts on the day its own clock time shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why rows were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a row can have several reasons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of “%1” an earlier sheet holds too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted once; rows %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>Rows %1</source>
        <translation>Rows %1</translation>
    </message>
    <message>
        <source>Of these, completely empty rows</source>
        <translation>Of these, completely empty rows</translation>
    </message>
    <message>
        <source>Rows that repeat an earlier row exactly (kept)</source>
        <translation>Rows that repeat an earlier row exactly (kept)</translation>
    </message>
    <message>
        <source>Customers with a purchase</source>
        <translation>Customers with a purchase</translation>
    </message>
    <message>
        <source>Purchases (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amounts in the data: every order counts as a purchase; revenue and order value stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases (orders with a positive value)</source>
        <translation>Purchases (orders with a positive value)</translation>
    </message>
    <message>
        <source>Returns and cancellations (in net revenue, not purchases)</source>
        <translation>Returns and cancellations (in net revenue, not purchases)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Nothing is stored until you click Import.</source>
        <translation>Nothing is stored until you click Import.</translation>
    </message>
    <message>
        <source>This looks like a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its columns are mapped as the system writes them, its words for cancelled or refunded orders are taken as no sale, and an order&apos;s total is counted once. Check and change anything below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every status counts as a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that are no sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; orders (%2 rows) left out of purchases and revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a cancellation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the values, please check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values do not fit the name, please check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also possible: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the data in the project…</source>
        <translation>Storing the data in the project…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; purchases of &lt;b&gt;%2&lt;/b&gt; customers are now in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new purchases and &lt;b&gt;%2&lt;/b&gt; new customers are now in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order of this file was stored before: the figures are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complete period yet: figures follow once the data covers a whole period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest complete period: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– : the activity window reaches back before the first data, so the rate cannot be judged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data section shows every period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the data before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before (period then partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Order / invoice no.</source>
        <translation>Order / invoice no.</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished">Sheet</translation>
    </message>
</context>
<context>
    <name>ImportsTab</name>
    <message>
        <source>Delete import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace import with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the import of %1? Its %2 rows leave every figure, chart and list of the plan. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the newer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales data (%1);;All files (*)</source>
        <translation type="unfinished">Sales data (%1);;All files (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished">Sheet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">Imported</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished">Rows read</translation>
    </message>
    <message>
        <source>Rows used</source>
        <translation type="unfinished">Rows used</translation>
    </message>
    <message>
        <source>Without customer</source>
        <translation type="unfinished">Without customer</translation>
    </message>
    <message>
        <source>Bad date</source>
        <translation type="unfinished">Bad date</translation>
    </message>
    <message>
        <source>Without amount</source>
        <translation type="unfinished">Without amount</translation>
    </message>
    <message>
        <source>Already imported before</source>
        <translation type="unfinished">Already imported before</translation>
    </message>
    <message>
        <source>%1 (damaged, left out)</source>
        <translation type="unfinished">%1 (damaged, left out)</translation>
    </message>
    <message>
        <source>Imported by mistake, or a corrected file? Select the import, then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with a newer file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyCommands</name>
    <message>
        <source>Add stage “%1”</source>
        <translation>Add stage “%1”</translation>
    </message>
    <message>
        <source>Rename stage to “%1”</source>
        <translation>Rename stage to “%1”</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Move stage</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Add touchpoint</translation>
    </message>
    <message>
        <source>Edit touchpoint: %1</source>
        <translation>Edit touchpoint: %1</translation>
    </message>
    <message>
        <source>Delete touchpoint “%1”</source>
        <translation>Delete touchpoint “%1”</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Move touchpoint</translation>
    </message>
    <message>
        <source>Edit the lanes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Remove team member</translation>
    </message>
</context>
<context>
    <name>JourneyLanes</name>
    <message>
        <source>Doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to edit this stage&apos;s lanes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <source>All personas</source>
        <translation>All personas</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Select a touchpoint card.</source>
        <translation>Select a touchpoint card.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Measures acting here</source>
        <translation>Measures acting here</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>touchpoints</translation>
    </message>
    <message>
        <source>Average of all touchpoints</source>
        <translation>Average of all touchpoints</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Lowest point: retention is lost here</source>
        <translation>Lowest point: retention is lost here</translation>
    </message>
    <message>
        <source>No touchpoints yet</source>
        <translation>No touchpoints yet</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>New touchpoint</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Name of the new stage:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Rename stage</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <source>The stage “%1” holds %2 touchpoint(s). What should happen to them?</source>
        <translation>The stage “%1” holds %2 touchpoint(s). What should happen to them?</translation>
    </message>
    <message>
        <source>Move them to “%1”</source>
        <translation>Move them to “%1”</translation>
    </message>
    <message>
        <source>Delete them too</source>
        <translation>Delete them too</translation>
    </message>
    <message>
        <source>Step 4 of the method: where do customers meet you, and how do they feel there? Drag cards between stages, double-click empty space for a new card. The lowest point of the emotion curve is where customers are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a stage name onto another to reorder. Keyboard: Ctrl+T new card, Alt+arrows move it, F2 edit, Shift+F2 rename the stage, Ctrl+Shift+arrows move the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey — %1</source>
        <translation>Customer journey — %1</translation>
    </message>
    <message>
        <source>Export journey map</source>
        <translation>Export journey map</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer journey</translation>
    </message>
    <message>
        <source>New &amp;touchpoint</source>
        <translation>New &amp;touchpoint</translation>
    </message>
    <message>
        <source>New touchpoint in the current stage (Ctrl+T)</source>
        <translation>New touchpoint in the current stage (Ctrl+T)</translation>
    </message>
    <message>
        <source>New &amp;stage</source>
        <translation>New &amp;stage</translation>
    </message>
    <message>
        <source>New stage after the current one (Ctrl+Shift+T)</source>
        <translation>New stage after the current one (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Delete the stage of the selected card</source>
        <translation>Delete the stage of the selected card</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under each stage: what the customer does, thinks and feels, and what happens backstage. Double-click a stage&apos;s lanes to edit them (Ctrl+L shows or hides them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency view</source>
        <translation>Consistency view</translation>
    </message>
    <message>
        <source>Each channel across all stages: does the brand speak with one voice?</source>
        <translation>Each channel across all stages: does the brand speak with one voice?</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Delete touchpoint</translation>
    </message>
    <message>
        <source>Place here</source>
        <translation>Place here</translation>
    </message>
    <message>
        <source>Let the chosen measure act on this touchpoint</source>
        <translation>Let the chosen measure act on this touchpoint</translation>
    </message>
    <message>
        <source>Larger cards (Ctrl++)</source>
        <translation>Larger cards (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller cards (Ctrl+-)</source>
        <translation>Smaller cards (Ctrl+-)</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Active at start</source>
        <translation>Active at start</translation>
    </message>
    <message>
        <source>Active at end</source>
        <translation>Active at end</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Gained</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reactivated</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Retention rate</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Churn rate</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>New buyers</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>Returning buyers</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Purchases per buyer</source>
        <translation>Purchases per buyer</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Repeat purchase rate</translation>
    </message>
    <message>
        <source>Calendar period. * = the data does not cover all of its days (partial period).</source>
        <translation>Calendar period. * = the data does not cover all of its days (partial period).</translation>
    </message>
    <message>
        <source>Customers active on the first day of the period: they bought within the activity window (W months) before that day.</source>
        <translation>Customers active on the first day of the period: they bought within the activity window (W months) before that day.</translation>
    </message>
    <message>
        <source>Customers active on the first day after the period: they bought within the W months before it.</source>
        <translation>Customers active on the first day after the period: they bought within the W months before it.</translation>
    </message>
    <message>
        <source>Customers active both at the start and at the end.</source>
        <translation>Customers active both at the start and at the end.</translation>
    </message>
    <message>
        <source>Active at the start but not at the end: start − retained.</source>
        <translation>Active at the start but not at the end: start − retained.</translation>
    </message>
    <message>
        <source>Active at the end but not at the start: end − retained. They all bought in the period.</source>
        <translation>Active at the end but not at the start: end − retained. They all bought in the period.</translation>
    </message>
    <message>
        <source>Gained customers whose first purchase ever is in the period.</source>
        <translation>Gained customers whose first purchase ever is in the period.</translation>
    </message>
    <message>
        <source>Gained customers who had bought before and came back: gained − new.</source>
        <translation>Gained customers who had bought before and came back: gained − new.</translation>
    </message>
    <message>
        <source>(End − gained) ÷ start × 100 = retained ÷ start × 100. Empty when nobody was active at the start.</source>
        <translation>(End − gained) ÷ start × 100 = retained ÷ start × 100. Empty when nobody was active at the start.</translation>
    </message>
    <message>
        <source>Lost ÷ start × 100.</source>
        <translation>Lost ÷ start × 100.</translation>
    </message>
    <message>
        <source>Customers with at least one purchase in the period.</source>
        <translation>Customers with at least one purchase in the period.</translation>
    </message>
    <message>
        <source>Buyers whose first purchase ever is in the period.</source>
        <translation>Buyers whose first purchase ever is in the period.</translation>
    </message>
    <message>
        <source>Buyers − new buyers.</source>
        <translation>Buyers − new buyers.</translation>
    </message>
    <message>
        <source>Orders with a positive value in the period. An order is one invoice/order number of a customer, or all of a customer&apos;s rows of one day when there is no number.</source>
        <translation>Orders with a positive value in the period. An order is one invoice/order number of a customer, or all of a customer&apos;s rows of one day when there is no number.</translation>
    </message>
    <message>
        <source>Sum of all amounts dated in the period, returns and cancellations included.</source>
        <translation>Sum of all amounts dated in the period, returns and cancellations included.</translation>
    </message>
    <message>
        <source>Sum of the purchases&apos; values ÷ number of purchases.</source>
        <translation>Sum of the purchases&apos; values ÷ number of purchases.</translation>
    </message>
    <message>
        <source>Purchases ÷ buyers.</source>
        <translation>Purchases ÷ buyers.</translation>
    </message>
    <message>
        <source>Customers with two or more purchases so far ÷ customers with at least one purchase so far × 100 (cumulative up to the end of the period).</source>
        <translation>Customers with two or more purchases so far ÷ customers with at least one purchase so far × 100 (cumulative up to the end of the period).</translation>
    </message>
    <message>
        <source>the %1-month activity window reaches back before the first sale on record (%2), so the customers active at the start would be undercounted and retention and churn distorted. Periods from %3 on can be judged with this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-month window covers the latest period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial period: the data covers only part of it.</source>
        <translation>Partial period: the data covers only part of it.</translation>
    </message>
    <message>
        <source>The activity window reaches back before the first data: customers active at the start are understated here.</source>
        <translation>The activity window reaches back before the first data: customers active at the start are understated here.</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Active customers</source>
        <translation>Active customers</translation>
    </message>
    <message>
        <source>No amounts in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judgeable yet: the activity window is not covered by the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no earlier period</source>
        <translation>%1, no earlier period</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9-10) minus detractors (0-6), in % of the answers of the latest complete period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answers yet: import them in Data, Survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the survey answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 answers (%2): ± %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 %2 vs. previous period</source>
        <translation>%1 %2 vs. previous period</translation>
    </message>
    <message>
        <source>%1: %2 answers; the 95 % interval reaches ± %3 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity window reaches back before the first data: understated.</source>
        <translation>The activity window reaches back before the first data: understated.</translation>
    </message>
    <message>
        <source>Click to open the chart.</source>
        <translation>Click to open the chart.</translation>
    </message>
    <message>
        <source>How is this computed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanesDialog</name>
    <message>
        <source>Lanes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer does, thinks and feels in this stage, and what happens backstage. Empty lanes stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished">Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished">&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished">&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished">Save &amp;as…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation type="unfinished">Open &amp;demo project</translation>
    </message>
    <message>
        <source>&amp;Import sales data…</source>
        <translation type="unfinished">&amp;Import sales data…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished">Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the content, in large type, for a projector (F11; Page Down/Up: next section; Esc: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Retention Planner</source>
        <translation type="unfinished">&amp;About Retention Planner</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <source>Damaged sales data</source>
        <translation>Damaged sales data</translation>
    </message>
    <message>
        <source>Everything else in the plan is intact. Open it without these rows (the figures then leave them out), or remove the damaged import for good and import the original file again.</source>
        <translation>Everything else in the plan is intact. Open it without these rows (the figures then leave them out), or remove the damaged import for good and import the original file again.</translation>
    </message>
    <message>
        <source>Open &amp;without it</source>
        <translation>Open &amp;without it</translation>
    </message>
    <message>
        <source>&amp;Remove it from the plan</source>
        <translation>&amp;Remove it from the plan</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan in use</translation>
    </message>
    <message>
        <source>If you both edit it, one of you overwrites the other&apos;s work. Open it read-only to look, or take over editing if they have finished (their window then turns read-only).</source>
        <translation>If you both edit it, one of you overwrites the other&apos;s work. Open it read-only to look, or take over editing if they have finished (their window then turns read-only).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>&amp;Take over editing</source>
        <translation>&amp;Take over editing</translation>
    </message>
    <message>
        <source>%1 on %2 has had this plan open for editing since %3.</source>
        <translation>%1 on %2 has had this plan open for editing since %3.</translation>
    </message>
    <message>
        <source>You are looking at the plan read-only; it updates as they save.</source>
        <translation>You are looking at the plan read-only; it updates as they save.</translation>
    </message>
    <message>
        <source>Take over editing</source>
        <translation>Take over editing</translation>
    </message>
    <message>
        <source>Updated with changes saved by someone else.</source>
        <translation>Updated with changes saved by someone else.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Retention plans (*%1);;All files (*)</source>
        <translation>Retention plans (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Cannot create project</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Save project as</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Cannot save project</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Retention plans (*%1)</source>
        <translation>Retention plans (*%1)</translation>
    </message>
    <message>
        <source>Sales data imported and saved in the project.</source>
        <translation>Sales data imported and saved in the project.</translation>
    </message>
    <message>
        <source>Every change is saved automatically.</source>
        <translation>Every change is saved automatically.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey map</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished">Ideas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Retention Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention Planner %1&lt;/b&gt;&lt;p&gt;Plan how to keep your customers: personas, journey, SMART goals and measures, measured on your own sales data. Works offline; your plan stays in one file on your computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Python %1 and Qt for Python %2, and these libraries under their own licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureChoiceDialog</name>
    <message>
        <source>Turn the note into a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures from the catalogue that fit this note, or a new one named after it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>impact and effort</source>
        <translation>impact and effort</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>All measures, and where they stand by expected impact and effort. Drag a dot to re-estimate it; double-click a row to edit the measure in the goal table. Colour = status.</source>
        <translation>All measures, and where they stand by expected impact and effort. Drag a dot to re-estimate it; double-click a row to edit the measure in the goal table. Colour = status.</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Quick wins</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Big bets</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Fill-ins</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Money pits</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <source>Expected impact →</source>
        <translation>Expected impact →</translation>
    </message>
</context>
<context>
    <name>NotFoundBox</name>
    <message>
        <source>Show the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant that is not judged, with the reason, to check and copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotFoundDialog</name>
    <message>
        <source>Participants not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant as listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a table for Excel: participant, reason, detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the list (or the sales data) and import it again; the others are judged meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEntry</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Enter: save and next · Esc: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of note (Alt+1 idea, Alt+2 pain, Alt+3 question)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Not a number: “%1” was not taken. Type a number, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverTimeView</name>
    <message>
        <source>How the verdict changed with each import (by the last day of the data): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time: does it keep working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The effect has faded: its interval lay above 0 until %1 and now contains 0. Suggested decision: adjust the measure (a new offer, another channel) or stop it, and judge it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on coming back (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra gross margin so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">Cost</translation>
    </message>
    <message>
        <source>paid for itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No curve: the measure has no comparison group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gross margin set: no money figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect at each month from the start, each against the same comparison group and the gap before the start (coming back within %1 months, percentage points): %2 at the start, %3 from %4 (95 %: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be judged: the participants were chosen by what they did after the start, so the curve shows how far apart the groups are, not what the measure did. It makes no claim on money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra gross margin from the start to the end of %1: %2 (95 %: %3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost entered for the measure: enter it to see when it paid for itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It paid for itself against its cost of %1 by the end of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not paid for itself yet against its cost of %1: the interval does not lie above the cost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>project name</source>
        <translation>project name</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>activity window</source>
        <translation>activity window</translation>
    </message>
    <message>
        <source>gross margin</source>
        <translation>gross margin</translation>
    </message>
    <message>
        <source>Latest complete period: %1</source>
        <translation>Latest complete period: %1</translation>
    </message>
    <message>
        <source>Retention and churn cannot be judged yet: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a %1-month window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Sales imports</source>
        <translation>Sales imports</translation>
    </message>
    <message>
        <source>Sales rows</source>
        <translation>Sales rows</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Your retention plan in five steps: know your customers (personas), set retention as a SMART goal, derive measures with owners, place them in the customer journey, and analyse what works. Every change is saved immediately.</source>
        <translation>Your retention plan in five steps: know your customers (personas), set retention as a SMART goal, derive measures with owners, place them in the customer journey, and analyse what works. Every change is saved immediately.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Analysis settings</source>
        <translation>Analysis settings</translation>
    </message>
    <message>
        <source>What the plan holds</source>
        <translation>What the plan holds</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>Project &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Activity &amp;window:</source>
        <translation>Activity &amp;window:</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>Gross &amp;margin:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>A customer counts as active at a date when they bought within this many months before it.</source>
        <translation>A customer counts as active at a date when they bought within this many months before it.</translation>
    </message>
    <message>
        <source>Used to turn expected revenue into customer lifetime value.</source>
        <translation>Used to turn expected revenue into customer lifetime value.</translation>
    </message>
</context>
<context>
    <name>ParticipantsNotFound</name>
    <message>
        <source>differs only in letter case or blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs only in leading zeros (00123 / 123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address, but the sales data has customer numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer number, but the sales data knows customers by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purchase in the sales data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join date cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join date as listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the sales data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of %1 participants is not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 participants are not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 participant is in the data but left out: the join date cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants are in the data but left out: their join date cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Segment / role</source>
        <translation>Segment / role</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Pains</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Preferred channels</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Step 1 of the method: know your customers. Describe each typical customer group with its goals, expectations and pains, and where it likes to be reached.</source>
        <translation>Step 1 of the method: know your customers. Describe each typical customer group with its goals, expectations and pains, and where it likes to be reached.</translation>
    </message>
    <message>
        <source>&amp;Add persona</source>
        <translation>&amp;Add persona</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected persona (Del). Undo with Ctrl+Z.</source>
        <translation>Delete the selected persona (Del). Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>No persona yet.
Click “Add persona” to describe your first customer group.</source>
        <translation>No persona yet.
Click “Add persona” to describe your first customer group.</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture for this persona&apos;s card in the report; it is kept in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. e-mail, phone, shop on site</source>
        <translation>e.g. e-mail, phone, shop on site</translation>
    </message>
    <message>
        <source>e.g. 52 or mid-thirties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. works full time, two children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence in the persona&apos;s own words; the journey shows it when filtered to this persona.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>Import plan changes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished">Measure</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no goal “%1” in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no touchpoint “%1” in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no persona “%1” in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journey stage “%1” in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown here for reading only, not read back: change it in the sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by the app, not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column holds nothing for such a row; not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as a date, e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new check-in needs the goal it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new touchpoint needs its journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%1” is missing or has no id column; nothing in it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an id written by Retention Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row&apos;s %1 was deleted in the plan since the export; its changes were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has %1 characters, as many as an Excel cell holds, so it was most likely cut when the file was saved; edit long texts in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the whole row was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check-ins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New touchpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New personas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they are in the plan: %1 (this workbook will not offer them again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To take it all back: Edit &gt; Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plan workbook exported by Retention Planner; nothing was changed.

Export the plan with File &gt; Export plan as Excel workbook, edit that file, and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was exported from another plan; nothing was changed.

Open the plan the workbook came from, and import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook.

Choose a plan workbook (.xlsx) exported by Retention Planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to far more than any plan workbook; it was not read to protect your computer, and nothing was changed.

Export the plan again and make the edits in that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%2” in %1 has more than 5,000 rows, far more than a plan holds; nothing was changed.

Import a plan workbook exported by Retention Planner, with the rows you edited or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plan from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the changes from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changes imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Import plan from Excel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the workbook since the export: %1. Untick what should not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no changes since the export: the plan is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in this file that are older than what a later version of it brought in: %1. The plan keeps the newer ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2” (its row is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in the plan too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its row was deleted in the workbook, and the plan changed it since the export. Ticked: it is deleted; unticked: it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the export this was changed in the plan (now: %1) and in the workbook (%2); when exported it was %3. Ticked: the workbook&apos;s value is taken; unticked: the plan keeps its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in cells that are only shown for reading (these are not read back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, because the value does not fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the plan as well: %1 (at the top, unticked). Tick those where the workbook&apos;s value should win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStatusBox</name>
    <message>
        <source>No active goal yet.</source>
        <translation>No active goal yet.</translation>
    </message>
    <message>
        <source>★ Goal reached: %1. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track: %1. Their measures need a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starts %1</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>ends %1</translation>
    </message>
    <message>
        <source>Nothing due in the next 30 days.</source>
        <translation>Nothing due in the next 30 days.</translation>
    </message>
    <message>
        <source>%1 customers have lapsed (silent past their usual rhythm): open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers likely to stop buying (churn model): open the win-back list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judged measure waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the plan stands</source>
        <translation>Where the plan stands</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals&lt;/b&gt; (progress against the straight line to the deadline)</source>
        <translation>&lt;b&gt;Goals&lt;/b&gt; (progress against the straight line to the deadline)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Measures due&lt;/b&gt; (next 30 days)</source>
        <translation>&lt;b&gt;Measures due&lt;/b&gt; (next 30 days)</translation>
    </message>
    <message>
        <source>Open the goal table</source>
        <translation>Open the goal table</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for a review&lt;/b&gt; (enough data since the start, no decision yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerBox</name>
    <message>
        <source>&lt;b&gt;Can it be judged?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For participants who are not in the sales data yet, or to try how many the measure needs: the estimate then takes your customers&apos; buying, scaled to this number. “as defined”: the participants above. Not saved with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest effect is the one found 8 times in 10 (80 % power, 95 % interval), from the buying of your customers in the horizon before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout: %1 customers kept out at random and judged against (randomised comparison); the contact list leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the holdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout: none. A random share of the participants kept out of the measure makes its judgement a randomised comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a random holdout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating the smallest effect it can detect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest effect it can detect: %1 points more of the participants coming back, or %2 more revenue per participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be judged from %1, three months of data after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no larger than the effect the team names as worth having: it can show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is larger than the effect the team names as worth having: a worthwhile effect could go unseen. More participants (or a larger holdout) make the detectable effect smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated for %1 planned participants from your customers&apos; buying (%2 of them in the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the %1 participants in the sales data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 take part, %2 are held out at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are compared with the other customers, matched on their buying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the start date to see the smallest effect the measure can detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sales data to see the smallest effect the measure can detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants definition cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer takes part: there is no comparison group to detect an effect against (the goal&apos;s KPI is set against its trend instead). Define the participants, or keep a holdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales data holds too little before the start (a horizon and the customers of both groups) to estimate the smallest effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the participants is in the sales data yet: enter the planned number of participants to estimate what the measure can detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few participants: a holdout needs at least 30 held out and 30 taking part. Try a larger planned number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>Fitting the model to the sales data …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sales data to see who is slipping away and what customers are worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No churn prediction for this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below: the recency-based win-back list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check on the past:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers silent for longer than their usual rhythm, ranked by value at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished">%1 customers</translation>
    </message>
    <message>
        <source>Repeat purchases in the calibration period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases per customer afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of fitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV next year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <source>No check on the past for this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model was fitted on the data before that and predicted every customer&apos;s repeat purchases; the one with the smallest error per customer is used, refitted on all the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely each customer still buys. No amounts in the data: no customer values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely each customer still buys, and what each is worth over the next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is slipping away while there is still time, and what customers are worth: a model of repeat purchases (BG/NBD, MBG/NBD or Pareto/NBD, whichever predicted your own recent data best) and a Gamma-Gamma model of spend, fitted to your sales data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer values need the churn model; above it says why there is none for this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fitted on %2 customers, %3 of them with repeat purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers less likely than the threshold to still buy, who bought within the activity window: %1 listed (%2 of them bought once); %3 more are below it but silent for longer and count as lost already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk of the list: %1 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases in the next year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV of all customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervals: the fit does not pin its parameters down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervals show how far the fit may be off; a single customer&apos;s purchases vary much more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: spend depends on how often customers buy here (rank correlation %1, beyond 0.3); the spend model assumes it does not, so customer values lean towards the average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back &amp; customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: customer, date …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished">Export…</translation>
    </message>
    <message>
        <source>Create a measure for these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned win-back measure whose participants are exactly the customers shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back tactics from the catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished">Customer</translation>
    </message>
    <message>
        <source>Why on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at risk per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 − P(still a customer)) × the customer&apos;s net revenue per year of their history: the revenue a year that probably stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that the customer still buys, from the chosen model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV, 90 % low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower end of the 90 % interval of the CLV, from 200 draws of the models&apos; parameters. It shows how far the fit may be off, not how much a single customer&apos;s purchases may vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV, 90 % high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper end of the 90 % interval of the CLV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished">Last purchase</translation>
    </message>
    <message>
        <source>Purchase days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation type="unfinished">Net revenue</translation>
    </message>
    <message>
        <source>CLV next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases in the next year × expected value per purchase × gross margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually buys every %1 days; last purchase %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 customers bought on two or more days; the model needs at least %2 to say anything stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data covers %1 weeks; the model needs at least %2 weeks of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be fitted to this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data spans too few days to keep some back for a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on the past: fitted on the data up to %1, the model predicted %2 repeat purchases for the %3 %4 after it; %5 happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close: within %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it underestimates by %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it overestimates by %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per customer it is off by %1 purchases on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually buys every %1 days; last purchase %2 days ago; %3 % likely still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought once, %1 days ago; %2 % likely still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each customer&apos;s past rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model could be fitted on the data before the last %1 %2; BG/NBD is used unchecked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % better than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % worse than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 predicted the last %2 %3 of your data %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % interval %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>This plan is open read-only: %1 (%2) is editing it. Your change was not saved.</source>
        <translation>This plan is open read-only: %1 (%2) is editing it. Your change was not saved.</translation>
    </message>
    <message>
        <source>This plan is open read-only. Your change was not saved.</source>
        <translation>This plan is open read-only. Your change was not saved.</translation>
    </message>
    <message>
        <source>%1 (%2) took over editing this plan. Everything you changed until now is saved; this window is read-only now.</source>
        <translation>%1 (%2) took over editing this plan. Everything you changed until now is saved; this window is read-only now.</translation>
    </message>
</context>
<context>
    <name>ReadingOptions</name>
    <message>
        <source>&amp;Header in row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that holds the column names; the data starts below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is already data: the columns are called Column 1, 2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between the values of a line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished">No recent projects</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished">Clear list</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export plan as &amp;Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plan from E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages, A4 landscape. Change what goes in on the left; the preview follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan as Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished">Cannot export</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages for the printer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer: %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview of the workshop report. Choose what goes in on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Know expectations: our customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Retention as a goal: the goal table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Measures with owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Measures in the customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Analyse success: does it work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from our sales data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: customers to win back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas from the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan as an Excel workbook (always every sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import edited workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a plan workbook edited in Excel: every change is shown before it is applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>For each judged measure the team decides: keep it, adjust it, or stop it. Double-click a note to write down why. Every decision can be undone (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Candidates to stop:&lt;/b&gt; %1 — no clear effect after months of running. What brings no value is waste: stop it, or change it and judge it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Effect faded:&lt;/b&gt; %1 — it worked at first, but the latest interval contains 0. Decide: adjust it (a new offer, another channel) or stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished">Cost</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the verdict changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Goal reached: &lt;b&gt;%1&lt;/b&gt; (%2). Well done — tell the team!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect faded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it paid off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not pay off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid off: unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear effect after %1 months of data since the start: a candidate to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest effect it can detect: %1 points of coming back; judgeable from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict at each import, by the last day of the data it judged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s note on this measure (double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3 customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every figure, chart and list for one group of the data, e.g. one channel or region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potential loyalists</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Need attention</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>About to sleep</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Can&apos;t lose them</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernating</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>SheetChoice</name>
    <message>
        <source>Which sheet holds the sales rows?</source>
        <translation type="unfinished">Which sheet holds the sales rows?</translation>
    </message>
    <message>
        <source>Tick several sheets with the same columns (a sheet per year, say) to import them together. A sale that two sheets hold is counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 data rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
</context>
<context>
    <name>StatusChoice</name>
    <message>
        <source>%1 — %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: orders with this status count as sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which order statuses count as a sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled, refunded and unpaid orders are no sales: they are left out of purchases and revenue and counted apart in the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Import survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list of answers to “How likely are you to recommend us?” (0 to 10), with the date of each answer and, if you have them, the customer number and a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 0-10 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished">&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Choose survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answers (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation type="unfinished">Looking at the file…</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation type="unfinished">— not in the file —</translation>
    </message>
    <message>
        <source>Choose the columns for the date and the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; answers used of %2 rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have no score from 0 to 10 (e.g. %2; rows %3 …): left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have no readable date (rows %2 …): left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a customer number: %1; with a comment: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of these answers are already in the plan and will not be counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored until you click Import.</source>
        <translation type="unfinished">Nothing is stored until you click Import.</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>Promoter (9-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive (7-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractor (0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± (95 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey answers yet. Import the answers to “How likely are you to recommend us?” (0-10) to follow the Net Promoter Score beside the sales figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers from %2 import(s). NPS = % promoters − % detractors. * partial period; ? fewer than 30 answers: the NPS moves a lot with a few people (see ±).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Only the answers of customers in %1&lt;/b&gt; (answers without a customer number are left out). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished">Customer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove survey answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all survey answers from the plan? This cannot be undone.&lt;br&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import survey answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only answers with a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>New team member</source>
        <translation>New team member</translation>
    </message>
    <message>
        <source>Team (owners of touchpoints, goals and measures)</source>
        <translation>Team (owners of touchpoints, goals and measures)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Touchpoints they owned keep no owner; undo restores it.</source>
        <translation>Touchpoints they owned keep no owner; undo restores it.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an empty plan or from a template for your kind of business. Everything it brings can be renamed, changed or deleted afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seven stages of the buying cycle, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered because the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty plan: you add personas, touchpoints, goals and measures yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: %1
Touchpoints: %2 · Personas: %3 · Goals: %4 · Measures: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchpointFields</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Answer / wait time target</source>
        <translation>Answer / wait time target</translation>
    </message>
    <message>
        <source>Personas concerned</source>
        <translation>Personas concerned</translation>
    </message>
    <message>
        <source>−2 very negative</source>
        <translation>−2 very negative</translation>
    </message>
    <message>
        <source>−1 negative</source>
        <translation>−1 negative</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <source>+1 positive</source>
        <translation>+1 positive</translation>
    </message>
    <message>
        <source>+2 very positive</source>
        <translation>+2 very positive</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>None ticked: the touchpoint concerns every persona.</source>
        <translation>None ticked: the touchpoint concerns every persona.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>Vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now voting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the participants to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 dots left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Retention Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keep your customers, and know what works&lt;/h2&gt;&lt;p&gt;Describe your customers, set a retention goal, plan measures along the customer journey, and judge each measure on your own sales data. Everything stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around in the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bicycle shop&apos;s complete plan with three years of sales; nothing you change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty plan, or one from a template for your kind of business (online shop, café, salon, specialist shop, studio, B2B service) with stages, touchpoints, personas, goals and measures to adapt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your sales data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan, then your shop&apos;s or till&apos;s export (Excel or CSV) read into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent plans&lt;/b&gt; (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
