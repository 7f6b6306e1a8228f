<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgeTipsView</name>
    <message>
        <source>By age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to leave private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting pages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding the whole journal: children, entries and their history, pictures, checklists and settings. It is locked with its own passphrase; without that passphrase nobody can open it, not even Harbor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal passphrase, to confirm it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces the journal on this device with the one in the backup. The journal keeps your current passphrase and gets a new recovery key. Nothing changes if the backup is damaged or the passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a journal from a backup. Choose the passphrase this device will use for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor backups (*.harborbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BottomNavigation</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPrepPanel</name>
    <message>
        <source>Before you call the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake will ask for these. Say what you know; &quot;I don&apos;t know&quot; is a fine answer. You do not need proof to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child and their age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the child&apos;s first name and age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (county)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the county where the child lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose entries in the report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may be involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say any usernames, names or accounts you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the call: write it down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>This number cannot be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot place calls. Dial this number on any phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code: scan it with a phone&apos;s camera to dial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with a phone&apos;s camera to dial. The call will appear in that phone&apos;s call log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildPicker</name>
    <message>
        <source>Unlock the journal (on the Journal page) to keep progress for each child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child on the Journal page (Children) to keep progress for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a nickname: the journal never needs a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms and usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>your state&apos;s child abuse and neglect reporting line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <source>Content updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms change their settings and agencies change their numbers. Harbor downloads new guides and numbers that its publisher signed, and refuses anything else. The request asks only for the newest content: nothing about you or your journal is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor does not go online by itself. &quot;Check now&quot; checks once, when you press it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists of an updated guide ask you to go through them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it only to use a copy your organisation hosts. Updates from any address must still be signed by Harbor&apos;s publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Type the date and time like %1, or use “Choose date and time”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time no later than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimePopup</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar heading: month name, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyBar</name>
    <message>
        <source>Emergency calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 911</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danger now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call emergency services if a child is in danger right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, open %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks the journal, clears anything Harbor copied and closes Harbor at once. Shortcut: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls made from Harbor appear in the phone&apos;s call log, like any other call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Draft: a quick note. Complete it when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was deleted. Its history is kept and it can be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was erased permanently. What stays: that an entry existed for this child, when it was written and erased, and the hashes of its versions in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase permanently…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is kept and linked to the one before, so the journal can show it was not altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a picture or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry brought back. It is in the journal list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted. You can undo it now, or later: in the list, open Filters and turn on Show deleted entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving keeps the earlier version in the entry&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a child tells you something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay calm, believe them and tell them it is not their fault. Do not ask for details, suggest names or acts, record the conversation or go over it again with them: trained forensic interviewers at a Children&apos;s Advocacy Center do that. Write down their own words, when they said them and who was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or username involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseConfirmation</name>
    <message>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this entry permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text, every earlier version of it and its files are removed for good, with what it said: the kind of entry, when it happened, the platform, category, severity and whether it was a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays, so the journal&apos;s chain still verifies: that an entry existed, which child it was about, when it was written, each time it was changed, deleted or restored and when it was erased, and the hash of every version. A hash does not reveal the text, but it can confirm an exact copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting instead keeps everything and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search looks in current entries only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted entry(s). Open one to see it and bring it back.</source>
        <translation>
            <numerusform>%n deleted entry. Open it to see it and bring it back.</numerusform>
            <numerusform>%n deleted entries. Open one to see it and bring it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show current entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>Who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Done for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide has changed since you went through it with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and supervision tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to report an account or content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks on this platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesHome</name>
    <message>
        <source>Search the guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For foster caretakers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear, step-by-step help for keeping a child safer online, written for parents, guardians and foster caretakers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageRuleNotice</name>
    <message>
        <source>Before you attach a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never save, copy, screenshot or forward a sexual image of a child, not even as proof: having or sending it is a crime. Write down what identifies it instead: the platform, the username, the profile link, the date and time, and what was said or asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the image to NCMEC&apos;s CyberTipline at report.cybertip.org or 1-800-843-5678. If pictures of your child may be circulating, NCMEC&apos;s Take It Down service can help remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand. The file I attach is not such an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private record of what you notice, kept encrypted on this device only, that you can turn into a report for the hotline, a caseworker or the police.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWorkspace</name>
    <message numerus="yes">
        <source>%n matching entry(s)</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child told me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what a child told me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet. When you notice something, a quick note above is enough; you can complete it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted entry(s)</source>
        <translation>
            <numerusform>%n deleted entry</numerusform>
            <numerusform>%n deleted entries</numerusform>
        </translation>
    </message>
    <message>
        <source>No deleted entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>There is no journal on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal already exists on this device. Harbor never replaces it with a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this journal. Check each group of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Please wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s key file is missing, so the journal cannot be opened. Restore it from a backup; Harbor will not create a new journal over the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is missing. Restore it from a backup; its key file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s key file is damaged, so the journal cannot be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was made by a newer version of Harbor. Update Harbor to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is damaged or is not this journal. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor could not turn on encryption, so it will not store anything. Reinstall Harbor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is out of storage. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor could not read or write its files. Nothing was lost; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkSheet</name>
    <message>
        <source>Open this website?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will appear in your browser&apos;s history, where anyone who uses this device can see it. To leave no trace there, copy the link and open it somewhere safer, such as a private window or another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides, resources and the emergency buttons work without unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you set up Harbor, then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… this takes about a second on purpose, to slow down guessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back, or close the open panel or sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit: lock the journal and close Harbor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Onboarding</name>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal, only on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor keeps what you write encrypted on this device. Nothing is sent anywhere unless you export it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor never watches or reads your child&apos;s phone or accounts. It helps you notice, write down and act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor is not an emergency service. If a child is in danger now, call 911 with the red button at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone walks in, press Quick exit at the top or %1: Harbor locks the journal, clears anything it copied and closes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving from another phone? Restore your backup in Settings, under Backup and restore, instead of starting a new journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your state decides which reporting line the hotline button calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline: %1, %2 (%3). You can change your state later on the Resources page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several unrelated words are easy to remember and hard to guess. Do not use a passphrase that someone in your home might know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your encrypted journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It locks itself when you are away. Your passphrase opens it; your recovery key opens it if you forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the journal list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>No phone number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is too long to be real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number contains characters that are not digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This short number is not a known emergency or help line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateCover</name>
    <message>
        <source>Hidden while Harbor is in the background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <source>%1 percent done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAddBar</name>
    <message>
        <source>Quick note: what did you just see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into your journal. Write it on paper now and keep it somewhere safe, away from anyone you are worried about. Anyone who has it can open the journal. Harbor will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check that you wrote it down, type group %1 and group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>If the child goes missing, call in this order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childhelp: counselling, and your state&apos;s reporting line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24/7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>State name or postal code, e.g. Texas or TX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for your state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state or territory matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States and territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report puts what you wrote down in one PDF for the hotline, a caseworker or police: each entry with its history, the pictures as numbered exhibits, and the hashes that show nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by (optional): your name or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for a hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is not encrypted: anyone who has the file can read it. Save it where only you can reach it, and share it only with the people who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal passphrase, to confirm it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF (to read or print it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceCard</name>
    <message>
        <source>For law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTY: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call, what each line is for, and when it answers. In danger now: call 911.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state chosen: the resources below are national.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your state decides which reporting line the hotline button calls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Journal lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when Harbor is in the background for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new recovery key and stops the old one from working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the journal, its keys and everything else Harbor keeps in its folder on this device: settings and downloaded guides. This cannot be undone. It cannot reach reports or backups you saved elsewhere, and the device&apos;s flash storage may keep old copies of erased blocks for a while. Type %1 and your passphrase to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, to make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, to erase everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Harbor looks and speaks, how the journal locks, and how guides stay current. Nothing you choose here leaves this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A text size in percent, e.g. &quot;125%&quot;; %1 is the number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideNavigation</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <source>Write it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this sign down in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the journal as a draft. Add when, where and who when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal to write down what you ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>Last reviewed %1. Apps and platforms change their settings often; if a menu looks different, look for the closest match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <source>Week of %1: %n observation(s)</source>
        <translation>
            <numerusform>Week of %1: %n observation</numerusform>
            <numerusform>Week of %1: %n observations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is one week of observations, by the day they happened; the newest week is on the right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatesConsent</name>
    <message>
        <source>Should Harbor go online to check for new guides and numbers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day, Harbor can ask its update server for new guides and phone numbers. Each check lets the update server, and anyone who can watch this network (whoever runs the Wi-Fi, the internet provider), learn that Harbor is used on this device and at what time. The update server also sees this network&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from your journal is sent: it never leaves this device. Without going online, Harbor keeps working with the guides and numbers it came with. You can change this in Settings at any time, and &quot;Check now&quot; there checks once, only when you press it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t go online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>Verify the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor links every change to the one before it with a SHA-256 hash. Checking recomputes every link and every attached file: a change made outside Harbor to entries, their history or their files shows up here, with the first entry changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot show that someone who knows the passphrase rewrote the journal: they can recompute every link. Nor can it show that an old copy of all of Harbor&apos;s files was put back. To notice those, keep the chain head that every report and backup prints (hash, links, entries, time) and compare it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show that entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhereDoYouLive</name>
    <message>
        <source>Where do you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of child abuse, neglect and trafficking go to the state where the child lives. Choose your state and the hotline button will call its reporting line. Harbor keeps your answer on this device only; you can change it on the Resources page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: I&apos;d rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a state, the hotline button calls a national line whose counsellors listen and tell you how to reach your state&apos;s reporting line; they do not take reports themselves. In an emergency, call 911.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::emergency::CallController</name>
    <message>
        <source>%1 is not a number Harbor can send a text message to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::guidesui::GuideProgress</name>
    <message>
        <source>This tick could not be saved. Unlock the journal and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::guidesui::GuidesController</name>
    <message>
        <source>Harbor has no resources for that place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journal::AttachmentDecoder</name>
    <message>
        <source>This document could not be shown safely: it is larger than Harbor opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be shown safely: it is larger than Harbor opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be shown safely: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be shown safely: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be shown: Harbor does not open this kind of PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be shown: Harbor opens PNG and JPEG pictures only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be shown safely: it took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be shown safely: it took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments cannot be shown: a part of Harbor is missing. Install Harbor again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be shown safely: opening it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be shown safely: opening it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journal::CategoryCatalog</name>
    <message>
        <source>Grooming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sextortion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journal::EntryText</name>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journal::JournalError</name>
    <message>
        <source>Please fill in this field before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future. Choose when it happened, up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures and PDF documents can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 20 MB. Attach a smaller copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child has journal entries, so the profile is kept. You can rename it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is full, so nothing was saved. Free some space and save again; what you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not write the journal, so nothing was saved. Try again; what you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is damaged, so nothing was saved. Earlier entries were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journalui::AttachmentImageProvider</name>
    <message>
        <source>This attachment is not in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journalui::EntryDetailController</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journalui::JournalController</name>
    <message>
        <source>The journal was changed outside Harbor. The first entry affected is number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was changed outside Harbor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journalui::ReportController</name>
    <message>
        <source>Unlock the journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait a little, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the journal&apos;s passphrase. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written there. Choose another place, or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as %1. It is not encrypted: keep it safe and share it only with the people who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase and writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 · %3 · %4: %5</source>
        <extracomment>A report preview line: %1 number, %2 when, %3 the child, %4 the kind of entry, %5 its text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no child chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journalui::RevisionItem</name>
    <message>
        <source>Saved</source>
        <extracomment>A saved version in an entry&apos;s history.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::journalui::TimelineModel</name>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n urgent</numerusform>
            <numerusform>%n urgent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>No observations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, %3.</source>
        <extracomment>The timeline in words, e.g. &quot;12 observations in 5 weeks, 2 urgent.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::report::BackupError</name>
    <message>
        <source>This file is empty, so it holds no backup. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Harbor backup. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Harbor. Update Harbor, then restore it. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase is not right, or the file was changed. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is incomplete: the file ends too early. Copy it again from where you kept it. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was changed or damaged after it was made, so it cannot be trusted. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the journal&apos;s passphrase. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the journal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Wait a little, then try again. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is full, so nothing was written. Free some space and try again. Your journal was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::report::CallPrep</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, about %2 years old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>On the call-prep card: %1 when (a date and time), %2 what was seen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called the hotline about what I wrote down on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::report::ReportBuilder</name>
    <message numerus="yes">
        <source>%n journal entries from %1 to %2.</source>
        <translation>
            <numerusform>%n journal entry from %1 to %2.</numerusform>
            <numerusform>%n journal entries from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: %1. Concerns: %2. Notes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry below shows every change made to it since it was first written. The hashes link the changes into one chain across the whole journal; Harbor&apos;s Verify recomputes it, so any change made outside Harbor shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::report::ReportPdfWriter</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <extracomment>An entry&apos;s heading: its number in the report and its kind (&quot;Entry 3 · Observation&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>A column of an entry&apos;s history: the change&apos;s position in the journal&apos;s chain of hashes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: this entry was saved before it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits: %1</source>
        <extracomment>The exhibits attached to an entry: &quot;Exhibits: E1, E2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown in the report (for example, a PDF or a video). It is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An exhibit&apos;s caption: its id and file name (&quot;E1 · screenshot.png&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3</source>
        <extracomment>An exhibit&apos;s details: the entry it belongs to, its type and size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no exhibits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are kept in the journal. A file&apos;s SHA-256 shows whether a copy is exactly the file that was recorded: any change to the file gives a different value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time of day: &quot;Monday, March 4, 2024, 9:15 PM&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>The timeline chart&apos;s legend: the severities of entries (notes, concerns, urgent).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <extracomment>A child&apos;s nickname and birth year: &quot;Alex, born 2011&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The period a report covers: &quot;January 1, 2024 – March 31, 2024&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child is named in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: the journal is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <extracomment>How many links (changes) the journal&apos;s chain has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest link (UTC)</source>
        <extracomment>When the newest link of the chain was written, in UTC (&quot;2024-03-04T21:15:07Z&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is not encrypted: keep it somewhere safe and share it only with the people handling the case. The hashes let the journal be checked: every change to an entry is a link in one chain, and the head above seals the whole journal as it was when this report was made. Harbor&apos;s Verify finds a change made outside Harbor to entries, their history or files, and names the first entry changed; it cannot show that someone who knows the passphrase rewrote the journal, or that an old copy of all its files was put back. While the journal is unchanged up to this report, its link number %1 keeps the hash above.</source>
        <extracomment>%1 is the number of the chain&apos;s newest link (&quot;Links&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no entries in this period, so there is no timeline to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is one week, labelled with the Monday it starts. In total: %1 notes, %2 concerns and %3 urgent entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The footer on every page: &quot;Page 3 of 12&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor journal report — generated %1</source>
        <extracomment>The running header on every page; %1 is the date the report was made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::settingsui::UpdatesController</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// and names a server, such as https://example.org/harbor/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for new guides and numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1. The new guides and numbers are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1. You have the newest guides and numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content version %1, published %2, from a signed update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content version %1, published %2, built into this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content checked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides published %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content is past its expiry date; Harbor could not get a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::ui::Preferences</name>
    <message>
        <source>Harbor has no appearance called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor is not translated into &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation could not be loaded: Harbor is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor has no text size of %1%.</source>
        <extracomment>%1 is a number such as 130: a text size in percent Harbor does not offer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::updates::PackChanges</name>
    <message>
        <source>Tips by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::updates::UpdateError</name>
    <message>
        <source>The guides and numbers you have stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update address must start with https://, so nothing was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbor could not reach the update server. It will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server could not prove who it is, so Harbor did not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server was too slow, so Harbor stopped. It will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server sent more than an update can be, so Harbor stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stopped before it was complete. It will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server answered with error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server tried to send Harbor to another address. Harbor only talks to the address in Settings, so nothing was downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is not signed by Harbor&apos;s publisher, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is damaged or in a form this version cannot read, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is older than the content you have, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update has expired, so it was refused. Check the device&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new content needs a newer version of Harbor. Update the app to get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downloaded file does not match the signed list, so the update was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not store the update. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::vault::PassphrasePolicy</name>
    <message>
        <source>The two backup passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger backup passphrase: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::vault::PassphraseStrength</name>
    <message numerus="yes">
        <source>would take about %n minute(s) to guess</source>
        <translation>
            <numerusform>would take about %n minute to guess</numerusform>
            <numerusform>would take about %n minutes to guess</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would take about %n hour(s) to guess</source>
        <translation>
            <numerusform>would take about %n hour to guess</numerusform>
            <numerusform>would take about %n hours to guess</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would take about %n day(s) to guess</source>
        <translation>
            <numerusform>would take about %n day to guess</numerusform>
            <numerusform>would take about %n days to guess</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>would take about %n year(s) to guess</source>
        <translation>
            <numerusform>would take about %n year to guess</numerusform>
            <numerusform>would take about %n years to guess</numerusform>
        </translation>
    </message>
    <message>
        <source>could be guessed in under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would take more than a thousand years to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not strong enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too easy to guess. Add more words that do not belong together; avoid names, dates and common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::vault::Vault</name>
    <message>
        <source>Harbor is still working on the last request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was erased, but Harbor could not remove these files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::vaultui::BackupController</name>
    <message>
        <source>REPLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal chain: empty, no entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal chain head (SHA-256): %1
Links: %2 · Entries: %3 · Newest link (UTC): %4</source>
        <extracomment>The journal chain&apos;s head, to compare later: %1 a SHA-256 in hex, %2 links, %3 entries, %4 a UTC time such as 2024-03-04T21:15:07Z.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was saved as %1. Keep it, and its passphrase, somewhere other than this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm that the journal on this device will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal was restored. Unlock it with your passphrase. Write down the new recovery key below: the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring checks that the restored journal ends with this same chain head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made before Harbor recorded the journal&apos;s chain head in backups: it still restores, but there is no head to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbor::vaultui::VaultController</name>
    <message>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a complete recovery key. It has seven groups of four characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm that everything should be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those groups do not match the recovery key. Look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Harbor kept on this device was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key is active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
