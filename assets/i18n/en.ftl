# Rulecraft's English messages. Every piece of UI text is here, looked up by
# key; a new language is a copy of this file with the right-hand sides
# translated (the keys stay). AWS's own messages are not here: they stay
# AWS's words, byte for byte.

## Modes and menus

app-name = Rulecraft
window-title = { $unsaved ->
    [yes] *{ $name } — Rulecraft
   *[no] { $name } — Rulecraft
}
mode-design = Design
mode-targets = Targets
mode-schedule = Schedule
mode-learn = Learn
menu-file = File
menu-edit = Edit
menu-view = View
menu-events = Events
menu-help = Help
menu-open-recent = Open recent
menu-no-recent-files = No recent files

## Actions: a label, and a tooltip under the same key with -tip

action-new-rule = New rule
action-new-rule-tip = Start a new, empty rule
action-open = Open…
action-open-tip = Open a rule file, a pattern, or infrastructure code (CloudFormation or SAM template, serverless.yml, Terraform) to list its rules
action-save = Save
action-save-tip = Save the rule to its file
action-save-as = Save as…
action-save-as-tip = Save the rule to another file
action-save-pattern-as = Save pattern as…
action-save-pattern-as-tip = Save only the pattern JSON, without the rule's name and events
action-export = Export…
action-export-tip = The rule for CloudFormation, SAM, CDK, Terraform, …
action-quit = Quit
action-quit-tip = Close the window (unsaved changes are asked about)
action-undo = Undo
action-undo-tip = Undo the last change to the pattern
action-redo = Redo
action-redo-tip = Redo the last undone change
action-prettify = Prettify
action-prettify-tip = Re-indent the pattern
action-copy-pattern = Copy pattern
action-copy-pattern-tip = Copy the pattern JSON to the clipboard
action-focus-service-search = Search services
action-focus-service-search-tip = Put the cursor in the service search
action-command-palette = Command palette…
action-command-palette-tip = Search every action by name
action-mode-design = Design mode
action-mode-design-tip = Design a pattern and test it against events
action-mode-targets = Targets mode
action-mode-targets-tip = Where matched events go and what each target receives
action-mode-schedule = Schedule mode
action-mode-schedule-tip = When the rule fires on a clock: rate and cron, next runs in your time zone
action-mode-learn = Learn mode
action-mode-learn-tip = Lessons and exercises on the event-pattern language
action-toggle-form-panel = Show or hide the form
action-toggle-form-panel-tip = Give the pattern editor the form's room, or bring the form back
action-toggle-events-panel = Show or hide the events
action-toggle-events-panel-tip = Give the pattern editor the events' room, or bring the events back
action-theme-system = Theme: system
action-theme-system-tip = Follow the system's light or dark setting
action-theme-dark = Theme: dark
action-theme-dark-tip = Light text on a dark background
action-theme-light = Theme: light
action-theme-light-tip = Dark text on a light background
action-language-english = English
action-language-english-tip = Show Rulecraft in English
action-language-korean = 한국어
action-language-korean-tip = Show Rulecraft in Korean
action-open-event-files = Open event files…
action-open-event-files-tip = .json (one event), .jsonl/.ndjson (one per line, archives of any size), folders; or drop files on the window
action-focus-event-filter = Filter events
action-focus-event-filter-tip = Put the cursor in the event filter
action-next-event = Next event
action-next-event-tip = Select the next event in the list
action-previous-event = Previous event
action-previous-event-tip = Select the previous event in the list
action-cancel-event-work = Cancel
action-cancel-event-work-tip = Stop loading or judging events (what is done stays)
action-about-samples = About samples…
action-about-samples-tip = Where the bundled events come from, and their licences
action-operator-reference = Operator reference
action-operator-reference-tip = Every operator with its syntax and an example; insert one into the pattern

## Command palette

palette-title = Command palette
palette-hint = Type to search actions
palette-nothing = No action has that name

## The rule

untitled-rule = Untitled rule
rule-label = Rule
rule-name-hint = Rule name
rule-name-tip = The rule's name; exports use it for the rule and resource names
description-label = Description
description-hint = What the rule is for

## The form

form-cannot-show = The form cannot show this pattern: { $reason }. Edit the JSON; the form is read-only.
form-pattern-invalid = The pattern text is invalid; the form shows the last valid pattern. Changing the form replaces the text (Undo brings it back).
outline-title = Pattern structure
outline-combination = Combination { $number } of { $count }
service-label = Service
service-hint = Search services, events, fields
service-tip = Name, source (aws.ec2), event type or field; typos are forgiven (Ctrl+K)
service-choose-tip = Use this service as the pattern's source
service-clear-tip = Click again to clear the service
choose-service-first = Choose a service to see its events.
source-not-in-catalog = { $source } is not in the catalog.
event-types-label = Event types
detail-type-unverified = (unverified)
detail-type-samples-tip = { $count ->
    [one] 1 bundled sample
   *[other] { $count } bundled samples
}
detail-type-schema-tip = ; schema registry: { $schema }
detail-type-unverified-tip = ; no published event confirms this name
field-any = (any)
value-documented-tip = documented ({ $kinds })
value-observed-tip = seen in samples, not documented
value-suggested-tip = suggested, not documented
conditions-label = Conditions
remove-condition = Remove
remove-condition-tip = Remove this condition
edit-condition = Change
edit-condition-tip = Load this condition into the fields below to change it in place
new-condition-label = New condition
field-label = Field
field-tip = Dotted path of the event field, e.g. detail.instance-id
field-pick-label = or pick
field-pick-tip = Fields of the chosen event types: documented ones first, then shallow ones; each with its type and a value from the samples
field-pick-none = Choose a service and an event type to list their fields
field-search-label = Search fields
field-search-hint = e.g. name, status, id
field-search-nothing = No field of the chosen event types has that in its name; type the path in Field instead
field-enumerated-tip = AWS documents this field's values: people filter on it most
operator-label = Operator
operator-equals = equals
operator-equals-example = running  →  "running";  5  →  5;  "5" (quoted) → the string "5"
operator-one-of = one of
operator-one-of-example = pending, running  →  "pending", "running": either value
operator-prefix = prefix
operator-prefix-example = i-  →  {"{"}"prefix": "i-"{"}"} matches "i-0abc"
operator-suffix = suffix
operator-suffix-example = .png  →  {"{"}"suffix": ".png"{"}"} matches "cat.png"
operator-equals-ignore-case = equals-ignore-case
operator-equals-ignore-case-example = RUNNING  →  matches "running", "Running"
operator-anything-but = anything-but
operator-anything-but-example = stopped, terminated  →  any value but those (never a missing field)
operator-numeric = numeric
operator-numeric-example = > 0, <= 5  →  {"{"}"numeric": [">", 0, "<=", 5]{"}"}
operator-exists = exists
operator-exists-example = {"{"}"exists": true{"}"}: the field has a value (null counts)
operator-does-not-exist = does not exist
operator-does-not-exist-example = {"{"}"exists": false{"}"}: the field has no value
operator-cidr = IP range (cidr)
operator-cidr-example = 10.0.0.0/24  →  any address from 10.0.0.0 to 10.0.0.255
operator-wildcard = wildcard
operator-wildcard-example = arn:aws:s3:::*/logs/*  →  * matches any run of characters
form-limit-nested-or = an $or is nested inside an alternative of another $or
draft-gone = the condition or $or group this was aimed at is gone; it is added for every event instead when you press Add again
draft-no-room-for-or = every object that could hold this $or already holds another one: add these as alternatives of that group instead
conditions-every-event = Every event must satisfy:
or-group-title = Any one of these alternatives ($or { $number }):
or-alternative = Alternative { $number }
or-separator = or
or-with = Or…
or-with-tip = Write an alternative to this condition: an event that satisfies either one passes ($or)
and-into = And…
and-into-tip = Add a condition to this alternative (it must hold too)
new-alternative = Another alternative
new-alternative-tip = Write one more alternative for this $or
draft-aim-all = Adds a condition every event must satisfy
draft-aim-or-with = Adds an alternative to { $path } ($or)
draft-aim-new-alternative = Adds a new alternative to $or { $number }
draft-aim-into = Adds to alternative { $alternative } of $or { $number }
draft-aim-reset = For every event instead
draft-aim-reset-tip = Add the condition for every event, not to an $or
editing-condition-label = Change condition
save-condition = Save change
save-condition-tip = Put the changed condition in the old one's place
cancel-edit = Cancel
operator-prefix-ignore-case = prefix, any case
operator-prefix-ignore-case-example = I-  →  {"{"}"prefix": {"{"}"equals-ignore-case": "I-"{"}"}{"}"} matches "i-0abc" and "I-0ABC"
operator-suffix-ignore-case = suffix, any case
operator-suffix-ignore-case-example = .PNG  →  matches "cat.png" and "CAT.PNG"
operator-anything-but-prefix = anything-but prefix
operator-anything-but-prefix-example = test-  →  any string not starting with test- (a list is allowed: a, b)
operator-anything-but-suffix = anything-but suffix
operator-anything-but-suffix-example = .tmp, .bak  →  any string ending with neither
operator-anything-but-wildcard = anything-but wildcard
operator-anything-but-wildcard-example = */tmp/*  →  any string the * pattern does not match
operator-anything-but-ignore-case = anything-but, any case
operator-anything-but-ignore-case-example = Stopped, Terminated  →  any string but those, in any case
value-label = Value
add-condition = Add condition
add-condition-tip = Add this condition to the pattern
draft-needs-field = choose or type a field, e.g. detail.state
draft-needs-value = type a value
filters-label = Accounts and regions
filter-account-label = Account
filter-account-tip = Only events from these AWS accounts (12 digits each), comma-separated; empty for any
filter-region-label = Region
filter-region-tip = Only events from these regions, comma-separated; empty for any
accounts-need-12-digits = AWS account IDs have 12 digits: { $ids }

## The pattern editor

pattern-label = Pattern
pattern-valid = Valid pattern
pattern-valid-complexity = Valid pattern · wildcard complexity { $score } (AWS refuses 11 or more)
pattern-empty = An empty pattern: pick a service and event type on the left, or type a pattern here. EventBridge needs at least one field.
pattern-empty-scheduled = No pattern: this rule runs on its schedule (Schedule mode). Add a pattern to have it fire on matching events as well.
pattern-error-at = Line { $line }, column { $column }: { $message }

## Events

events-label = Events
summary-no-verdicts = No verdicts while the pattern is invalid
summary-empty-pattern = Events are judged once the pattern has a field
summary-loading = { $events ->
    [one] Loading events: 1 so far; they are judged once all are in
   *[other] Loading events: { $events } so far; they are judged once all are in
}
summary-matching = Judging events: { $done } of { $total }
summary-all = { $total ->
    [one] { $matched } of 1 event matches
   *[other] { $matched } of { $total } events match
}
summary-relevant = { $relevant ->
    [one] { $matched } of 1 relevant event matches
   *[other] { $matched } of { $relevant } relevant events match
} ({ $allMatched } of { $total } in all)
filter-label = Filter
filter-hint = Filter by name
filter-tip = Show only events whose name contains this (Ctrl+L); Alt+Up/Down steps through the list
verdict-match = match
verdict-no-match = no match
verdict-unreadable = unreadable
verdict-pending = …
event-yours = (yours)
event-archive = (archive)
event-sample-tip = Bundled sample: { $source }, "{ $detailType }"
event-own-tip = Your event: select it to edit it; it is saved with the rule
event-archive-tip = From an archive you loaded: tested against, not saved with the rule
as-expected = as expected
expected-verdict = expected { $verdict }
expected-verdict-label = Expected verdict
expect-none = none
expect-none-tip = No expectation: the verdict is only shown
expect-match = match
expect-match-tip = The pattern must match this event
expect-no-match = no match
expect-no-match-tip = The pattern must not match this event
remove-event = Remove event
remove-event-tip = Remove this event from your events
duplicate-event = Copy to my events
duplicate-event-tip = Add a copy of this event to your own events, where you can edit it
add-variants = { $count ->
    [one] Add 1 variant
   *[other] Add { $count } variants
}
add-variants-tip = One copy per value AWS documents for each state-like field (FAILED, STOPPED, ...), with only that value changed, added to your own events
duplicate-event-name = { $name } (copy)
variant-event-name = { $name } (variant: { $field } = { $value })
keep-with-rule = Keep with the rule
keep-with-rule-tip = Save this event in the rule file, with an expected verdict
open-event-files-button = Open event files…
paste-label = Paste an event
paste-tip = Paste one event's JSON, then Add; it is judged like the samples
add-event = Add
add-event-tip = Add the pasted event to your events
pasted-event-name = pasted event { $number }
select-an-event = Select an event to see why it matches or not.
own-event-editor-label = Your event (editable; its verdict follows)
event-unreadable = Unreadable: { $reason }
event-unreadable-at = line { $line }, column { $column }: { $message }
explanation-matched = Matched
explanation-not-matched = Not matched
or-combination-matches = $or combination { $number }: matches
or-combination-misses = $or combination { $number }: does not match
field-yes = yes
field-no = no{" "}
loading-progress = Loading events
matching-progress = Judging events

## Notices

notice-cannot-prettify = Cannot prettify: the JSON is invalid at line { $line }, column { $column }
notice-copied-pattern = Copied the pattern
notice-copied-export = Copied the { $format } export
notice-added-events = { $count ->
    [one] Added 1 event
   *[other] Added { $count } events
}
notice-added-archive = { $count ->
    [one] Loaded 1 event from the archive (tested against, not saved with the rule)
   *[other] Loaded { $count } events from the archive (tested against, not saved with the rule)
}
notice-added-with-problems = Added { $count }; { $problems ->
    [one] 1 could not be read
   *[other] { $problems } could not be read
}: { $list }
notice-loading-cancelled = { $count ->
    [one] Loading cancelled after 1 event (it stays)
   *[other] Loading cancelled after { $count } events (those stay)
}
notice-opened = Opened { $path }
notice-builtin-file-dialog = No system file dialog here (on Linux it needs the desktop portal or zenity): using Rulecraft's own
notice-duplicated = Copied to your events as “{ $name }”: edit it below
notice-variants-added = { $count ->
    [0] { $name } has no field with documented values to vary
    [one] Added 1 variant of { $name } to your events
   *[other] Added { $count } variants of { $name } to your events
}
notice-new-rule = New rule, not saved yet
notice-restored = Restored unsaved work from a window that closed unexpectedly
notice-recovery-off = Crash recovery is off: cannot write to { $folder }: { $reason }
notice-recovery-write-failed = Cannot write the recovery file: { $reason }
notice-saving = Saving…
notice-saved = Saved { $path }
notice-saved-pattern = Saved the pattern to { $path }

## Questions and alerts

save-changes-title = Save changes?
save-changes-before-closing = "{ $name }" has changes that are not saved. Save them before closing?
save-changes-before-new = "{ $name }" has changes that are not saved. Save them before starting a new rule?
save-changes-before-opening = "{ $name }" has changes that are not saved. Save them before opening another file?
save-changes-before-restoring = "{ $name }" has changes that are not saved. Save them before restoring the other window's work?
answer-save = Save
answer-dont-save = Don't save
answer-dont-save-tip = Discard the unsaved changes
answer-cancel = Cancel
alert-title = Something went wrong
alert-ok = OK
alert-own-file = { $path } is this rule's own file: writing only the pattern or an export there would drop its name, description and events. Choose another file.
alert-cannot-save-rule = Cannot save { $path }: { $reason }. Your work is still open here; save it somewhere else.
alert-cannot-save = Cannot save { $path }: { $reason }
recover-title = Recover unsaved work?
recover-text = A Rulecraft window closed unexpectedly with unsaved changes to "{ $name }" ({ $place }), last changed { $age } ago.
recover-never-saved = never saved
recover-restore = Restore
recover-restore-tip = Open that work here (it stays unsaved until you save)
recover-discard = Discard
recover-discard-tip = Throw that work away
age-seconds = { $n } s
age-minutes = { $n } min
age-hours = { $n } h
age-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}

## Export

export-title = Export
export-rule-name = Rule name
export-rule-name-tip = Each format turns it into its own kind of name (resource, variable, rule name)
export-format-tip = rulecraft export --format { $name }
export-format-json-one-line = JSON, one line
export-copy = Copy
export-copy-tip = Copy the text to the clipboard
export-save-as = Save as…
export-save-as-tip = Save the text to a file
export-warning = Note: { $warning }
export-nothing = Nothing to export: { $error }

## About the samples

about-samples-title = About the sample events
about-samples-text = { $count ->
    [one] Rulecraft bundles 1 event published by AWS, exactly as published. Its licence asks for this attribution:
   *[other] Rulecraft bundles { $count } events published by AWS, each exactly as published. Their licences ask for this attribution:
}
about-samples-line = { $count ->
    [one] { $line } (1 event)
   *[other] { $line } ({ $count } events)
}
about-samples-licence = Events from AWS documentation remain under CC BY-SA 4.0. Every event's origin is listed by `rulecraft samples --json`.

## Native dialogs

dialog-open-rule = Open a rule or pattern
dialog-open-events = Open event files
dialog-save-rule = Save the rule
dialog-save-pattern = Save the pattern
dialog-save-export = Save the export
dialog-filter-rules = Rules and patterns
dialog-filter-events = Events
dialog-filter-all = All files
file-dialog-open = Open
file-dialog-save = Save
file-dialog-cancel = Cancel
file-dialog-new-folder = New folder
file-dialog-new-folder-name = New folder
file-dialog-rename = Rename
file-dialog-refresh = Refresh
file-dialog-parent = Parent folder
file-dialog-file = File:
file-dialog-show-hidden = Show hidden files

## Why an event missed (the command line says the same in English)

list-or = { $items } or { $last }
reason-path-is = { $path } is { $values }
reason-missing = { $path } is missing
reason-must-be-absent = { $is }; the pattern requires it to be absent
reason-hint = { $is }: { $hint }
reason-not-allowed = { $is }; the pattern allows { $allowed }
reason-different-elements = each field matches on its own, but not within one element of the same array ({ $paths }): fields matched in an array of objects must come from the same element
hint-case-only = { $value } differs from { $wanted } only in case: use equals-ignore-case
hint-prefix-case-only = { $value } starts with { $prefix } only if case is ignored: use prefix with equals-ignore-case
hint-suffix-case-only = { $value } ends with { $suffix } only if case is ignored: use suffix with equals-ignore-case
hint-number-got-string = the pattern compares a number, the event has the string { $value }
hint-string-got-number = the pattern expects the string { $wanted }, the event has the number { $value }
hint-empty-string-is-not-null = the event has an empty string, which is not null
hint-null-is-not-empty-string = the event has null, which is not an empty string
hint-outside-numeric-range = { $value } is outside what EventBridge compares numerically (±5e9, at most 6 decimals)
hint-strings-only = { $operator } conditions only apply to strings, the event has { $kind ->
    [string] the string
    [number] the number
    [boolean] the boolean
   *[null] null
} { $value }
reason-unread-empty-key = { $path } ends in an empty key, which EventBridge never reads (it registers no empty last key), so the field has no value in any event
hint-supplementary-case = EventBridge folds case one UTF-16 unit at a time, so each character of { $text } outside the Basic Multilingual Plane only matches "??" and { $value } does not match
hint-ignore-case-after-wildcard = EventBridge builds { $text } on the loop of the wildcard starting with * on the same field, so its first character stands for any run of characters and { $value } is excluded
quirk-empty-last-key = { $path } ends in an empty key, which EventBridge never reads, so the field counts as absent
quirk-ipv6-by-first-32-bits = EventBridge compares the IPv6 address { $value } with the IPv4 range { $range } by its first 32 bits
quirk-ipv4-in-ipv6-range = EventBridge compares the IPv4 address { $value } with the IPv6 range { $range } digit by digit, and its 8 hex digits already fall inside
quirk-number-as-ip-digits = EventBridge reads the number { $value } as text, and its digits fall in the IP range { $range }
quirk-ignore-case-after-wildcard = EventBridge builds { $text } on the loop of the wildcard starting with * on the same field, so its first character stands for any run of characters and { $value } matches
notice-complexity = the wildcards' complexity score is { $score } (AWS accepts 7 or less and refuses 11 or more; its exact limit is unpublished), so EventBridge may refuse this pattern as too complex

## Why the form cannot show a pattern, or a value makes no condition

form-error-list-values = list the values, separated by commas
form-error-list-excluded = list the values to exclude, separated by commas
form-error-needs-number = { $part } needs a number
form-error-not-a-comparison = { $operator } is not one of =, <, <=, >, >=
form-error-no-comparison = write a comparison such as > 0, <= 5

## What a tool would do to an export

export-warning-number-rewritten = { $text }: EventBridge compares this number by its text (it is beyond ±5,000,000,000 or has more than six decimals), and { $tool ->
    [yaml] YAML
    [javascript] JavaScript
   *[terraform] Terraform's jsonencode
} writes it as { $rewritten }; write it as a string if you mean the text
export-warning-python-cdk-drops-nulls = AWS CDK for Python drops null values (jsii leaves out every None); only a null alone in its list survives, as events.Match.null_value(); this export loses the others
export-warning-cdk-cannot-carry-proto = AWS CDK cannot carry a field named __proto__ (TypeScript drops it, Python's jsii refuses it): use the CloudFormation or JSON export for this pattern
export-warning-target-needs-policy = Target { $id }: the { $kind ->
    [sqs-queue] SQS queue's queue policy must allow events.amazonaws.com to sqs:SendMessage
   *[sns-topic] SNS topic's topic policy must allow events.amazonaws.com to sns:Publish
} with the condition aws:SourceArn = this rule's ARN; this export does not change it
export-warning-target-needs-role = Target { $id }: EventBridge reaches { $kind ->
    [state-machine] a Step Functions state machine through a role it can assume, allowed states:StartExecution
    [kinesis-stream] a Kinesis data stream through a role it can assume, allowed kinesis:PutRecord
    [event-bus] an event bus through a role it can assume, allowed events:PutEvents
   *[api-destination] an API destination through a role it can assume, allowed events:InvokeApiDestination
}: this export leaves the target's RoleArn for you to fill (a parameter or a placeholder named for the target)
export-warning-scheduler-needs-role = Schedule for target { $id }: EventBridge Scheduler runs it through an execution role that scheduler.amazonaws.com can assume, allowed { $action }: this export leaves the schedule's RoleArn for you to fill (a parameter, a variable or a placeholder named for the target)
export-warning-scheduler-cannot-carry-input = Schedule for target { $id }: EventBridge Scheduler has no input transformer or InputPath (a schedule's target takes only a constant Input), so this schedule is written without the target's input
export-warning-scheduler-needs-target = EventBridge Scheduler runs each schedule with one target, and this rule has none: this export writes one schedule with placeholders for the target's ARN and its execution role's ARN

## Conditions in plain words (the command line says the same in English)

describe-prefix = a string starting with { $text }
describe-suffix = a string ending with { $text }
describe-prefix-any-case = a string starting with { $text } in any case
describe-suffix-any-case = a string ending with { $text } in any case
describe-any-case = { $text } in any case
describe-wildcard = a string like { $text }
describe-exists = any value (exists)
describe-does-not-exist = no value (does not exist)
describe-cidr = an IP address in { $text }
describe-numeric = a number { $text }
describe-and = { $first } and { $second }
describe-anything-but = any value but { $text }
describe-strings-starting = strings starting with { $text }
describe-strings-ending = strings ending with { $text }
describe-strings-like = strings like { $text }

## Files that do not open or save (the command line says the same in English)

alert-cannot-open = Cannot open { $path }: { $reason }
io-not-found = there is no such file (it may have been moved or deleted)
io-folder-missing = the folder does not exist (it may have been moved or deleted)
io-permission-denied = permission denied (you may not read or write it)
io-is-a-folder = it is a folder, not a file
io-disk-full = the disk is full
io-read-only = the disk is read-only
read-too-large-rule = it is { $size }, larger than any rule or pattern ({ $limit } MB at most)
read-too-large-event = it is { $size }, larger than any event ({ $limit } MB at most)
read-too-large-template = it is { $size }, larger than any template Rulecraft reads ({ $limit } MB at most)
read-binary = it is a binary file, not JSON text (a zero byte at offset { $offset })
read-not-utf8 = it is not UTF-8 text (an invalid byte at offset { $offset })
open-not-json = it is not valid JSON (line { $line }, column { $column }: { $message })
open-not-an-object = it holds a JSON { $kind }, but a rule file or an event pattern is a JSON object
open-newer-format = it is a rule file of format { $version }, which this version of Rulecraft does not know (it reads format { $known })
open-bad-rule-file = it is not a valid Rulecraft rule file ({ $details })
open-looks-like-an-event = it looks like an event, not a pattern: add it to the events instead

## Learn

learn-no-lessons = No lessons are bundled with this build.
learn-lessons = Lessons
learn-solved-count = { $solved }/{ $total }
learn-reset-progress = Reset progress
learn-reset-progress-tip = Forget every solved exercise and every answer typed so far
learn-exercises = Exercises
learn-open-in-designer = Open in designer
learn-try-example = Try it in the designer
learn-try-example-tip = Open this example's pattern and events in the Design mode, to change them and see the verdicts follow
learn-open-in-designer-tip = Take your pattern and the exercise's events (with the verdicts they should get) into the Design mode
learn-back-to-lesson = ← Lesson
learn-exercise-title = Exercise { $number } of { $count }
learn-solved = Solved!
learn-your-pattern = Your pattern
learn-events = Events
learn-must-match = must match
learn-must-not-match = must not match
learn-pass = pass
learn-fail = fail
learn-matched-but-must-not = it matches, but it must not
learn-hidden-check-fails = A hidden check fails: { $requirement }
learn-hidden-checks-note = Every event above passes, but the pattern must also hold for events you cannot see: make it say exactly what the task says.
learn-model-solution = A model solution:
learn-next-exercise = Next exercise
learn-next-lesson = Next lesson
learn-show-hint = Show a hint ({ $shown } of { $total } shown)
learn-show-solution = Show the solution
learn-show-solution-tip = See a model solution now (try a few answers first: that is how it sticks)
learn-stuck = Stuck? The solution is there when you want it.
reference-title = Operator reference
reference-intro = Insert puts the template into the pattern at the cursor, inside a field's list: ["a", {"{"}"prefix": "b"{"}"}]. Lesson opens the lesson that teaches it.
reference-or = $or (any of several field groups)
reference-or-example = {"{"}"$or": [{"{"}"a": [1]{"}"}, {"{"}"b": [2]{"}"}]{"}"}: a or b, where fields go
reference-insert = Insert
reference-insert-tip = Put this template into the pattern at the cursor
reference-lesson = Lesson
reference-lesson-tip = Open the lesson that teaches it
targets-title = Targets
targets-add = Add target
targets-add-tip = A target receives every event the rule matches (EventBridge allows five per rule)
targets-none = No targets yet. A rule sends what it matches to its targets: use Add target on the left to choose where, and what each receives.
targets-remove = Remove
targets-remove-tip = Remove this target from the rule
targets-id = Id
targets-kind = Kind
targets-arn = ARN
targets-input = What it receives
targets-input-matched-event = The matched event
targets-input-matched-event-tip = The whole event, as EventBridge delivers it by default
targets-input-part = Part of the event
targets-input-part-tip = The value one JSON path finds (InputPath)
targets-input-constant = A constant
targets-input-constant-tip = The same JSON text for every event (Input)
targets-input-transformer = Input transformer
targets-input-transformer-tip = Variables taken from the event by path, put into a template (InputPathsMap and InputTemplate)
targets-input-path = JSON path
targets-constant = Constant JSON
targets-variables = Variables (InputPathsMap)
targets-variables-hint = Click a value in the event on the right to add it here.
targets-variable-name = Name
targets-variable-path = Path
targets-variable-insert = Insert
targets-variable-insert-tip = Put this variable at the end of the template
targets-variable-remove-tip = Remove this variable
targets-add-variable = Add variable
targets-template = Template (InputTemplate)
targets-reserved = Provided by EventBridge:
targets-reserved-tip = Put this variable at the end of the template
targets-scheduled-event = The schedule's event
targets-scheduled-event-tip = What EventBridge sends at each run of the rule's schedule: source aws.events, detail-type Scheduled Event, the rule's ARN in resources
targets-event-title = Selected event
targets-event-hint = Click a value to add it as a variable.
targets-event-none = Select an event in the list to see what the target receives.
targets-event-more = Fields shown: the first { $count }.
targets-events-title = Events
targets-events-matched = Events matching the pattern: { $matched } of { $total }
targets-preview-title = What the target receives
targets-preview-not-matched = This event does not match the pattern, so the target receives nothing. Had it matched:
targets-preview-empty = { $names }: the path finds nothing in this event (the variable is empty)
targets-preview-delivered = Delivered
targets-survey-title = Across every matched event
targets-survey-summary = Matched events: { $judged }. Delivered: { $delivered }, dropped: { $dropped }, with an empty variable: { $empty }
targets-survey-working = Checking the matched events ({ $matched })…
targets-survey-none = No event matches the pattern yet: the target would receive nothing.
targets-survey-dropped = Dropped:
targets-survey-empty = With an empty variable:
targets-problem-in = at “{ $text }”
target-kind-lambda-function = Lambda function
target-kind-sns-topic = SNS topic
target-kind-sqs-queue = SQS queue
target-kind-state-machine = Step Functions state machine
target-kind-log-group = CloudWatch Logs log group
target-kind-event-bus = Event bus
target-kind-kinesis-stream = Kinesis data stream
target-kind-api-destination = API destination
target-permission-lambda-function = EventBridge needs the function's permission to invoke it (lambda:InvokeFunction for events.amazonaws.com); every export adds it.
target-permission-sns-topic = The topic's access policy must allow events.amazonaws.com to sns:Publish (with aws:SourceArn the rule's ARN); an encrypted topic's key must let EventBridge use it.
target-permission-sqs-queue = The queue's access policy must allow events.amazonaws.com to sqs:SendMessage (with aws:SourceArn the rule's ARN). A FIFO queue also needs a message group id.
target-permission-role = EventBridge reaches this target through an IAM role the rule gives it (RoleArn), allowed to call the target.
target-permission-log-group = The log group's resource policy must let EventBridge write to it (the console adds one for groups under /aws/events/).
target-problem-id-empty = Give the target an id
target-problem-id-character = '{ $found }' cannot be in a target id: use letters, digits, '.', '-' and '_'
target-problem-id-too-long = A target id has at most { $max } characters
target-problem-key-empty = Name this variable
target-problem-key-character = '{ $found }' cannot be in a variable's name: use letters, digits, '-' and '_'
target-problem-key-too-long = A variable's name has at most { $max } characters
target-problem-key-starts-with-aws = A variable's name cannot start with AWS (EventBridge keeps those)
target-problem-key-repeated = Another variable has this name
target-problem-too-many-paths = Variables: { $count }; EventBridge accepts at most { $max }
target-problem-template-empty = Write the template: the text or JSON the target receives
target-problem-template-too-long = The template has { $chars } characters; EventBridge accepts at most { $max }
target-problem-placeholder-as-key = A placeholder cannot be an object key in a JSON template; use it as a value
target-problem-constant-not-json = The constant input must be valid JSON: { $message }
target-problem-constant-too-long = The constant input has { $chars } characters; EventBridge accepts at most { $max }
target-problem-unused-path = The template does not use this variable
target-problem-event-variable-outside-value = AWS documents this variable only as the value of a JSON field: its contents are not escaped
target-problem-input-on-event-bus = EventBridge refuses an input setting for an event bus in another account: send the matched event there
target-problem-invalid-placeholder-hint = The template uses <{ $key }>, which is neither a variable above nor one EventBridge provides.
arn-problem-empty = Enter the target's ARN
arn-problem-shape = An ARN has six parts: arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE
arn-problem-partition = The partition must be aws, aws-cn or aws-us-gov
arn-problem-service = This kind of target has a { $expected } ARN (arn:aws:{ $expected }:...)
arn-problem-region = The region is not a region name such as us-east-1
arn-problem-account = The account ID must be 12 digits
arn-problem-resource = A { $kind } ARN ends in { $prefix }NAME, as in { $example }
path-problem-empty = The path is empty: write $ for the whole event, or $.detail.name
path-problem-no-root = A path starts with $ (the event), as in $.detail.state
path-problem-too-long = The path has { $chars } characters; EventBridge accepts at most { $max }
path-problem-character = '{ $found }' cannot be in a path: names are letters, digits, - _ and /, separated by dots (EventBridge reads dot notation only)
path-problem-empty-name = A dot must be followed by a name or *
path-problem-bracket = Brackets hold an array index or *, as in $.resources[0]
drop-not-json = EventBridge would drop this event silently: the template is JSON but its result is not
drop-container-in-quotes = { $drop } (<{ $name }> is an object or a list inside quotes; take the quotes away to embed it)
drop-unescaped-in-quotes = { $drop } (<{ $name }> holds a quote or backslash, put inside quotes without escaping; take the quotes away and EventBridge quotes it)
drop-json-message = { $drop } ({ $message })
drop-refused = AWS would refuse this target: fix its problems first
drop-event-not-json = The event is not JSON: { $message }
rule-targets-too-many = Targets: { $count }; EventBridge allows at most { $max } per rule
rule-targets-id-repeated = Two targets have this id; each needs its own
rule-targets-more-than-one = AWS recommends one target per rule: a rule per target keeps each easy to change and to retry
schedule-title = Schedule
schedule-enable = This rule runs on a schedule
schedule-enable-tip = A rule can fire on a clock, on matching events, or both
schedule-off = The rule fires only on events that match its pattern. Turn the schedule on to run it on a clock as well.
schedule-kind = Runs on
schedule-kind-rule = EventBridge rule (UTC)
schedule-kind-rule-tip = A rule's ScheduleExpression: always evaluated in UTC
schedule-kind-scheduler = EventBridge Scheduler (a time zone)
schedule-kind-scheduler-tip = AWS's newer Scheduler: cron and rate in a time zone, one-off at(), flexible windows
schedule-builder = Builder
schedule-builder-custom = The builder cannot show this expression; edit it as text, or pick a shape to start again.
schedule-shape-every = Every N minutes, hours or days
schedule-shape-daily = Every day at a time
schedule-shape-weekdays = On some weekdays at a time
schedule-shape-last-day = On the last day of the month
schedule-shape-nth-weekday = On the nth weekday of the month
schedule-every = Every
schedule-unit-minutes = minutes
schedule-unit-hours = hours
schedule-unit-days = days
schedule-at = At (hour, minute)
schedule-on-days = On
schedule-which = Which
schedule-nth-last = last
schedule-months = Months (none: every month)
schedule-years = Years
schedule-years-tip = Limit to a range of years
schedule-expression = Expression
schedule-valid = Valid
schedule-means = { $description } ({ $zone })
schedule-zone = Time zone (ScheduleExpressionTimezone)
schedule-display-zone = Show times in
schedule-zone-unknown = “{ $zone }” is not an IANA time zone (such as Asia/Seoul or Europe/Berlin)
schedule-start-date = Start date (UTC, optional)
schedule-end-date = End date (UTC, optional)
schedule-date-unknown = “{ $date }” is not a UTC time such as 2026-12-01T00:00:00Z
schedule-flexible = Flexible window (minutes; empty: off)
schedule-next-runs = Next runs
schedule-runs-utc = UTC
schedule-runs-local = Local ({ $zone })
schedule-rate-note = A rate counts from when the rule is created or the schedule starts: these runs count from now.
schedule-utc-note = A rule's schedule always runs in UTC; the local times show when that is for you.
schedule-dst-note = Scheduler skips a time the clocks jump over that day, and runs a repeated time once.
schedule-reason-too-long = The expression has { $chars } characters; EventBridge accepts at most { $max }
schedule-reason-kind-rule = Write rate(5 minutes) or cron(0 10 * * ? *)
schedule-reason-kind-scheduler = Write rate(5 minutes), cron(0 10 * * ? *) or at(2026-12-31T23:59:00)
schedule-reason-at-on-rule = at(...) is for EventBridge Scheduler; a rule takes rate or cron
schedule-reason-spaces = No spaces around the expression or just inside its parentheses
schedule-reason-rate-shape = A rate is a number and a unit: rate(5 minutes)
schedule-reason-rate-value = The rate's number must be a whole number of at least 1
schedule-reason-rate-unit = '{ $found }' is not a unit: write minute, minutes, hour, hours, day or days (lower case)
schedule-reason-rate-singular = A rate of 1 takes the singular: { $unit }
schedule-reason-rate-plural = A rate above 1 takes the plural: { $unit }
schedule-reason-field-count = cron takes six fields (minute hour day-of-month month day-of-week year); this has { $found }
schedule-reason-out-of-range = The { $field } must be from { $low } to { $high }
schedule-reason-not-a-value = '{ $found }' is not a { $field } value
schedule-reason-question-mark = ? is only for day-of-month or day-of-week, not the { $field }
schedule-reason-no-day-any = One of day-of-month and day-of-week must be ?: write cron(0 10 * * ? *) or cron(0 10 ? * MON *)
schedule-reason-both-days-any = Only one of day-of-month and day-of-week may be ?
schedule-reason-hash-in-list = # stands alone: 3#2 (the second Tuesday) cannot be in a list
schedule-reason-nth-out-of-range = After # comes 1 to 5: which occurrence in the month
schedule-reason-step-in-day-of-week = Day-of-week takes no /: list the days, as in MON,WED,FRI
schedule-reason-bad-step = The { $field } step must be from 1 to { $most }
schedule-reason-empty-item = The { $field } has an empty item in its list
schedule-reason-special = '{ $found }' is not something the { $field } takes
schedule-reason-at-shape = A one-off time is at(yyyy-mm-ddThh:mm:ss), without a zone: the schedule's time zone applies
schedule-reason-at-date = That date or time does not exist
cron-field-minute = minute
cron-field-hour = hour
cron-field-day-of-month = day-of-month
cron-field-month = month
cron-field-day-of-week = day-of-week
cron-field-year = year
describe-every-minute = every minute
describe-during-hours = { $phrase } during hours { $hours }
describe-at = at { $times }
describe-every-n-minutes = every { $step } minutes
describe-from-minute = { $phrase } from minute { $start }
describe-minutes-every-hour = at minute { $minutes } of every hour
describe-minutes-of-hours = at minute { $minutes } of hours { $hours }
describe-every-day = every day
describe-on-weekdays = on { $days }
describe-on-month-days = on day { $days } of the month
describe-last-day = on the last day of the month
describe-last-day-minus = on the last day of the month minus { $offset }
describe-nearest-weekday = on the weekday nearest day { $day } of the month
describe-last-weekday = on the last weekday of the month
describe-last-named-weekday = on the last { $weekday } of the month
describe-nth-weekday = on the { $nth } { $weekday } of the month
describe-in-months = in { $months }
describe-in-years = in { $years }
describe-rate-minute = every minute
describe-rate-minutes = { $n ->
    [one] every minute
   *[other] every { $n } minutes
}
describe-rate-hour = every hour
describe-rate-hours = { $n ->
    [one] every hour
   *[other] every { $n } hours
}
describe-rate-day = every day
describe-rate-days = { $n ->
    [one] every day
   *[other] every { $n } days
}
describe-once = once, at { $time }
ordinal-1 = first
ordinal-2 = second
ordinal-3 = third
ordinal-4 = fourth
ordinal-5 = fifth
weekday-1 = Sunday
weekday-2 = Monday
weekday-3 = Tuesday
weekday-4 = Wednesday
weekday-5 = Thursday
weekday-6 = Friday
weekday-7 = Saturday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The linter's findings (Design mode). English must equal the library's Display.
lint-pasted = { $error } (this looks pasted from a page; the quick fix makes it a valid pattern)
lint-no-source = No source: the rule sees the events of every service and application on the bus. AWS advises naming the source and the detail-type.
lint-no-detail-type = { $source } without a detail-type: every event type it sends matches, including ones it adds later. AWS advises naming the detail-type too.
lint-cloudtrail-service = Every API call to { $service } recorded by CloudTrail matches. AWS advises filtering CloudTrail events on detail.eventName.
lint-cloudtrail = Every API call recorded by CloudTrail matches. AWS advises filtering CloudTrail events on detail.eventName.
lint-unknown-value-case = "{ $value }" is not one of the documented values of { $path }; its values are written "{ $to }", and the match is case-sensitive.
lint-unknown-value-closest = "{ $value }" is not one of the documented values of { $path }; did you mean "{ $to }"?
lint-unknown-value-documented = "{ $value }" is not one of the documented values of { $path }. Documented: { $values }.
lint-unknown-field = { $path }: the { $detail_type } event has no field "{ $key }" there, so this never matches.
lint-unknown-field-closest = { $path }: the { $detail_type } event has no field "{ $key }" there, so this never matches; did you mean "{ $closest }"?
lint-broader = Also matches { $samples } bundled sample events of other event types: { $kinds }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }.
lint-loop-api-calls = Possible infinite loop: target { $target } can make the API calls this pattern matches, and CloudTrail records each call as a new event. Match only the state to correct (for example with detail.requestParameters), or leave out the target's own calls with anything-but on detail.userIdentity.sessionContext.sessionIssuer.arn.
lint-loop-own-events = Possible infinite loop: target { $target } sends { $source } events of its own that this pattern matches. Name the resources the rule is about (for example their ARNs) so that the target's own events are left out.
lint-loop-forwarding = Possible infinite loop: target { $target } is the default event bus: if the rule is on that bus, every event it forwards arrives there again and matches again. Send it to another bus, or narrow the pattern so forwarded events do not match.
lint-long-list-range = { $path } lists { $count } numbers; AWS advises a numeric range, here from { $min } to { $max } (a range also takes the values between them).
lint-long-list-prefix = { $path } lists { $count } values that all start with "{ $prefix }"; a prefix condition is shorter, though it also takes values you have not listed.
lint-long-list-array = Every alternative of this $or ({ $count } in all) tests { $path }; one array of values says the same without multiplying the rule's combinations.
lint-size-api = The pattern is { $length } characters long; AWS's API takes at most { $limit }.
lint-size-quota = The pattern is { $length } characters long; AWS's quota page gives { $limit } characters as the limit for a pattern (the API model allows { $api }).
lint-or-combinations = Combinations of $or alternatives: { $count }. EventBridge matches each as a separate rule; Rulecraft refuses more than { $max }.
lint-complexity-uncertain = Wildcard complexity { $score }: AWS refuses 11 or more and accepts 7 or less; its exact limit is unpublished, so this may be refused when deployed.
lint-complexity = Wildcard complexity { $score } of at most 10: AWS refuses 11 or more. Fewer wildcards, or no shared prefix before the first *, keep it low.
lint-number-as-text = { $text } is beyond ±5,000,000,000 or has more than six decimals, so EventBridge compares it by its text: an event must write it exactly so.
lint-no-account-or-region = No account or region: events from every account and region that reach the bus match. AWS advises naming them.
lint-no-account = No account: events from every account that reaches the bus match. AWS advises naming it.
lint-no-region = No region: events from every region that reaches the bus match. AWS advises naming it.
lint-unsupported-here = { $place } does not support { $feature }.
lint-fix-replace = Replace { $from } with { $to }
lint-fix-rename = Rename { $from } to { $to }
lint-fix-paste = Repair the pasted text: { $fixes }
lint-fix-range = Use the range { $min } to { $max }
paste-fix-quotes = typographic quotes made straight
paste-fix-bare-values = values wrapped in arrays
paste-fix-comments = comments removed
paste-fix-trailing-commas = trailing commas removed
paste-fix-stray-brace = a stray closing brace removed
lint-severity-error = Error
lint-severity-warning = Warning
lint-severity-advice = Advice
lint-place-rule = an EventBridge rule
lint-place-pipe = an EventBridge Pipes filter
lint-place-subscriber = an EventBridge event bus subscriber's filter
lint-place-lambda = a Lambda event source mapping filter
lint-feature-wildcard = wildcard
lint-feature-prefix-ignore-case = prefix with equals-ignore-case
lint-feature-suffix-ignore-case = suffix with equals-ignore-case
lint-feature-anything-but-prefix = anything-but with prefix
lint-feature-anything-but-suffix = anything-but with suffix
lint-feature-anything-but-ignore-case = anything-but with equals-ignore-case
lint-feature-anything-but-wildcard = anything-but with wildcard
lint-feature-cidr = cidr
lint-feature-longer-than = a pattern longer than { $limit } characters
lint-heading = Findings
lint-counts = Errors: { $errors } · Warnings: { $warnings } · Advice: { $advice }
lint-used-in = Used in
lint-empty = The linter reads the pattern once there is one.
lint-none = No findings: the pattern follows AWS's advice.
lint-at = line { $line }, column { $column }
lint-preview = Preview
lint-hide-preview = Hide preview
lint-preview-heading = The pattern after the fix:
lint-lesson = Lesson: { $title }
lint-lesson-tooltip = Open the lesson that explains this
lint-pasted-short = This looks pasted from a page; the quick fix makes it a valid pattern.
lint-invalid = The pattern is not valid yet (AWS's message is above the editor); the rest of the advice follows once it is.

## The PutEvents entry composer
entry-button = Write a PutEvents entry…
entry-button-tip = Your application's event as it calls PutEvents: see AWS's answer, the event the bus delivers and whether the pattern matches it
entry-title = PutEvents entry
entry-source = Source
entry-detail-type = DetailType
entry-detail = Detail (a JSON object)
entry-resources = Resources (one ARN per line)
entry-time = Time (RFC 3339; empty: the time of the call)
entry-bus = EventBusName (empty: the default bus)
entry-delivered = The event the bus delivers:
entry-matches = The pattern matches this event
entry-misses = The pattern does not match this event
entry-pattern-invalid = The pattern is not valid yet
entry-error = PutEvents fails this entry: { $code } at { $field }
entry-refused = AWS refuses the whole PutEvents call: { $code }
entry-sdk-check = the SDK's parameter check
entry-bus-named = This goes to the bus "{ $name }". EventBridge accepts events for a bus that does not exist and drops them (the response still gives an EventId): check the name.
entry-bus-arn = This goes to the bus "{ $name }" of account { $account } in { $region }. EventBridge accepts events for a bus that does not exist and drops them (the response still gives an EventId): check the ARN.
entry-add = Add to my events
entry-add-tip = Add the delivered event to your own events, judged like any other
entry-copy = Copy as code:
entry-copied = Copied the entry as { $language }
entry-event-name = Entry: { $detail_type }

## Rules in infrastructure code (File → Open of a template, serverless.yml, Terraform or a folder)
action-open-folder = Open a folder of infrastructure code…
action-open-folder-tip = List the EventBridge rules in a folder's CloudFormation and SAM templates (also CDK's cdk.out), serverless.yml and Terraform files
dialog-open-folder = Open a folder of infrastructure code
notice-reading-rules = Reading the rules in { $path }…
notice-opened-found = Opened the rule from { $place }. Saving writes a Rulecraft rule file; the template is not changed.
notice-opened-found-unresolved = Opened the rule from { $place }; only known at deploy time: { $parts } (the pattern is not valid until each has a value). The template is not changed.
import-title = Rules in infrastructure code
import-reading = Reading the files…
import-note = Opening a rule copies it into the designer with its targets and what each receives. Saving then writes a Rulecraft rule file: the template itself is never changed.
import-problems = Could not be read (the other files' rules are listed):
import-filter = Filter the rules
import-filter-hint = name, kind, file, pattern or schedule text
import-none = No EventBridge rules, schedules or pipes were found here.
import-count = Rules shown: { $shown } of { $total }. Files with rules: { $files }
import-col-name = Name
import-col-kind = Kind
import-col-where = Where
import-col-what = Pattern or schedule
import-col-targets = Targets
import-no-pattern = (no pattern)
import-unresolved-title = Only known at deploy time
import-unresolved-help = Give a value to test with (it is not written anywhere); a part left empty stays as written and marks the pattern invalid at that place.
import-open = Open in the designer
import-open-tip = Copies the rule, its schedule and targets into the designer (asks about unsaved changes first)
import-kind-cfn-rule = CloudFormation rule
import-kind-sam-eventbridge-rule = SAM EventBridgeRule event
import-kind-sam-schedule = SAM schedule event
import-kind-scheduler-schedule = Scheduler schedule
import-kind-pipe = Pipe (filter)
import-kind-serverless-eventbridge = Serverless eventBridge event
import-kind-serverless-schedule = Serverless schedule event
import-kind-tf-rule = Terraform rule
import-kind-tf-scheduler = Terraform Scheduler schedule

## Pattern from examples ("Suggest a pattern")
suggest-mark-label = For "Suggest a pattern": this event should
suggest-mark-tip = Mark events that should match and events that should not; "Suggest a pattern" proposes patterns that tell them apart
suggest-button = Suggest a pattern…
suggest-button-tip = Proposes patterns that match every event marked "match" and none marked "no match"
suggest-button-disabled = Mark at least one event "match" first (select it, then choose under its name)
suggest-title = Suggested patterns
suggest-marked = Marked events — should match: { $wanted }, should not match: { $unwanted }. The other loaded events are only counted.
suggest-running = Looking for patterns…
suggest-recommended = Recommended
suggest-candidate = Candidate { $n }
suggest-why-exact = { $field }: every event that should match has { $wanted }.
suggest-why-prefix = { $field }: every event that should match starts with "{ $value }" ({ $wanted }).
suggest-why-suffix = { $field }: every event that should match ends with "{ $value }" ({ $wanted }).
suggest-why-range = { $field }: every event that should match has a number from { $value }.
suggest-why-anything-but = { $field }: anything but { $value } (the values of events that should not match).
suggest-why-present = { $field }: every event that should match has this field.
suggest-why-absent = { $field }: no event that should match has this field.
suggest-turns-away = It turns away { $count } that should not match (they have { $away }).
suggest-turns-away-missing = It turns away { $count } that should not match (they lack it).
suggest-also-matches = Other loaded events it also matches: { $count }
suggest-lint = The linter — errors: { $errors }, warnings: { $warnings }, advice: { $advice }
suggest-use = Use this pattern
suggest-use-tip = Puts it in the editor (Undo brings back the pattern before)
suggest-none-wanted = No event is marked "match".
suggest-unreadable = A marked event is not a JSON object.
suggest-inseparable = No pattern can tell these apart: the event that should not match has, in every field a pattern may test, what the one that should match has (identifiers such as id and time are never used).
suggest-pair = Should match: { $wanted }. Should not match: { $unwanted }.
notice-suggestion-adopted = The suggested pattern is in the editor (Undo brings back the one before).
