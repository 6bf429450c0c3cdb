<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>MainWindow</name>
    <message>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
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
        <source>About Retention Planner</source>
        <translation>About Retention Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention Planner %1&lt;/b&gt;&lt;p&gt;Plan how to keep your customers: personas, journey, SMART goals and measures, measured on your own sales data. Works offline; your plan stays in one file on your computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Retention Planner %1&lt;/b&gt;&lt;p&gt;Plan how to keep your customers: personas, journey, SMART goals and measures, measured on your own sales data. Works offline; your plan stays in one file on your computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>Open &amp;demo project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;About Retention Planner</source>
        <translation>&amp;About Retention Planner</translation>
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
        <source>Personas</source>
        <translation>Personas</translation>
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
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
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
        <source>e.g. e-mail, phone, shop on site</source>
        <translation>e.g. e-mail, phone, shop on site</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
</context>
</TS>