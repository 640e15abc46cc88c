# Rulecraft's English hints: one plain-language line shown under each of
# AWS's error messages (which stay in AWS's English, byte for byte), saying
# what is wrong and how to fix it. One key per error kind: hint-pattern-* for
# PatternErrorKind (src/pattern/error.rs), hint-json-* for JsonErrorKind
# (src/json/error.rs). Hints take no arguments; a literal brace is written
# {"{"} or {"}"}.

## Invalid patterns

hint-pattern-json = The pattern is not valid JSON: look for a missing comma or quote, a trailing comma, or single quotes.
hint-pattern-not-an-object = A pattern must be one JSON object in braces, e.g. {"{"}"source": ["aws.ec2"]{"}"}, not a list or a bare value.
hint-pattern-not-object-or-array = Put the value in a list: "source": ["aws.ec2"] instead of "source": "aws.ec2".
hint-pattern-empty-object = Remove the empty {"{"}{"}"}, or give it a field to match, e.g. "detail": {"{"}"state": ["running"]{"}"}.
hint-pattern-empty-array = A list needs at least one value: add one, e.g. ["aws.ec2"], or use [{"{"}"exists": true{"}"}] to match any value.
hint-pattern-bad-match-value = Lists cannot be nested: write "source": ["aws.ec2"], not [["aws.ec2"]].
hint-pattern-or-not-array = $or takes a list of objects: "$or": [{"{"}"a": [1]{"}"}, {"{"}"b": [2]{"}"}].
hint-pattern-or-not-object = Each item in a $or list must be an object of fields, e.g. {"{"}"b": ["x"]{"}"}, not a bare value.
hint-pattern-or-too-few = $or needs at least two alternatives; with only one, drop $or and write its fields directly.
hint-pattern-reserved-in-or = Inside $or an operator name cannot be a field name: put it in a list, {"{"}"a": [{"{"}"numeric": [">", 1]{"}"}]{"}"}.
hint-pattern-match-name-missing = The {"{"}{"}"} in the list is empty: put an operator in it, e.g. {"{"}"prefix": "aws."{"}"}, or remove it.
hint-pattern-unknown-match-type = Misspelled operator? Use prefix, suffix, anything-but, numeric, exists, cidr, wildcard or equals-ignore-case.
hint-pattern-one-key-only = Put one operator in each {"{"}{"}"}: [{"{"}"prefix": "a"{"}"}, {"{"}"suffix": "b"{"}"}] matches values that meet either.
hint-pattern-must-be-string = Give this operator a quoted string: {"{"}"prefix": "i-"{"}"}, {"{"}"cidr": "10.0.0.0/24"{"}"}; to compare numbers use numeric.
hint-pattern-unsupported-prefix = Only equals-ignore-case may go inside prefix: {"{"}"prefix": {"{"}"equals-ignore-case": "i-"{"}"}{"}"} or {"{"}"prefix": "i-"{"}"}.
hint-pattern-unsupported-suffix = Only equals-ignore-case may go inside suffix: {"{"}"suffix": {"{"}"equals-ignore-case": ".png"{"}"}{"}"} or {"{"}"suffix": ".png"{"}"}.
hint-pattern-prefix-name-missing = The {"{"}{"}"} after prefix is empty: write {"{"}"prefix": "i-"{"}"} or {"{"}"prefix": {"{"}"equals-ignore-case": "i-"{"}"}{"}"}.
hint-pattern-suffix-name-missing = The {"{"}{"}"} after suffix is empty: write {"{"}"suffix": ".png"{"}"} or {"{"}"suffix": {"{"}"equals-ignore-case": ".png"{"}"}{"}"}.
hint-pattern-exists-not-boolean = exists takes true or false without quotes: {"{"}"exists": true{"}"}, not {"{"}"exists": "true"{"}"}.
hint-pattern-numeric-not-array = numeric takes a list of an operator and a number: {"{"}"numeric": ["=", 5]{"}"}, not {"{"}"numeric": 5{"}"}.
hint-pattern-numeric-member-not-string = Start the numeric list with a quoted operator, then the number: {"{"}"numeric": [">", 5]{"}"}.
hint-pattern-unknown-numeric-operator = The numeric operators are "=", "<", "<=", ">" and ">="; for "not equal to" use {"{"}"anything-but": 5{"}"}.
hint-pattern-numeric-value-not-number = Each numeric operator needs a number after it, without quotes: {"{"}"numeric": [">", 5]{"}"}, not [">", "5"].
hint-pattern-too-many-numeric-elements = Too many items: numeric takes an operator and a number, or a range [">", 0, "<=", 5]; one operator per {"{"}{"}"}.
hint-pattern-bad-range-value = A range needs an operator between its numbers: {"{"}"numeric": [">", 0, "<", 5]{"}"}, not [">", 0, 5].
hint-pattern-bad-range-operator = A range goes from a lower bound (">" or ">=") to an upper bound ("<" or "<="): [">", 0, "<=", 5].
hint-pattern-too-many-range-terms = A range has only two bounds, e.g. [">", 0, "<", 5]: remove the extra values.
hint-pattern-too-precise = Numbers may have at most six digits after the decimal point: round it, e.g. 0.1234567 to 0.123457.
hint-pattern-out-of-range = Numbers here must be between -5,000,000,000 and 5,000,000,000 (5.0E9): use a value in that range.
hint-pattern-empty-range = The lower bound must be below the upper bound: [">", 1, "<", 5], not [">", 5, "<", 1].
hint-pattern-unsupported-anything-but = Inside anything-but only prefix, suffix, wildcard or equals-ignore-case: {"{"}"anything-but": {"{"}"prefix": "a"{"}"}{"}"}.
hint-pattern-anything-but-name-missing = The {"{"}{"}"} after anything-but is empty: give values, ["a", "b"], or an operator, {"{"}"prefix": "a"{"}"}.
hint-pattern-anything-but-value = anything-but takes a string, a number or a list of them, e.g. {"{"}"anything-but": ["stopped"]{"}"}; not null or true.
hint-pattern-anything-but-list-type = An anything-but list may hold only strings or numbers: remove null, true, false, lists and objects.
hint-pattern-anything-but-mixed = Use only strings or only numbers in an anything-but list, at least one: ["a", "b"] or [1, 2].
hint-pattern-anything-but-ignore-case-type = equals-ignore-case inside anything-but takes strings only: {"{"}"anything-but": {"{"}"equals-ignore-case": ["a"]{"}"}{"}"}.
hint-pattern-anything-but-prefix-suffix-type = prefix and suffix inside anything-but take strings only: {"{"}"anything-but": {"{"}"prefix": "test-"{"}"}{"}"}.
hint-pattern-null-prefix-suffix = A prefix or suffix inside anything-but cannot be "": give at least one character, e.g. "test-".
hint-pattern-consecutive-wildcards = Use a single * instead of two in a row: one * already matches any run of characters.
hint-pattern-invalid-wildcard-escape = In a wildcard a backslash may only escape * or \: write "\\*" for a literal * and "\\\\" for a literal \.
hint-pattern-too-complex = This wildcard is too costly to check: use fewer * characters, or fewer repeated characters after a *.
hint-pattern-cidr-slash = A cidr value needs an address, one "/" and a mask size: {"{"}"cidr": "10.0.0.0/24"{"}"}.
hint-pattern-cidr-mask-not-integer = The mask after "/" must be a whole number of bits, e.g. "10.0.0.0/24".
hint-pattern-cidr-mask-negative = The mask after "/" cannot be negative: use 0 to 31 for IPv4 or 0 to 127 for IPv6, e.g. "10.0.0.0/24".
hint-pattern-ipv4-mask-range = An IPv4 mask must be 0 to 31; to match a single address, list it as a string: ["10.0.0.1"].
hint-pattern-ipv6-mask-range = An IPv6 mask must be 0 to 127; to match a single address, list it as a string: ["2001:db8::1"].
hint-pattern-invalid-ip = Not a valid IP address: each IPv4 number must be 0 to 255, e.g. "10.0.0.0/24"; IPv6 uses hex groups.
hint-pattern-nonstandard-ip = Write an IP address before the "/", e.g. "10.0.0.0/24" or "2001:db8::/32", not a name or a pattern.
hint-pattern-too-many-combinations = Too many $or combinations (over 1,000): use fewer $or, or put values of one field in one list instead.

## JSON syntax errors

hint-json-unexpected-char = Out-of-place character: often a missing comma or colon, a trailing comma, single quotes or an unquoted name.
hint-json-unrecognized-token = Put text values in double quotes: "aws.ec2", not aws.ec2; only true, false and null go without quotes.
hint-json-mismatched-close = A closing bracket does not match its opening one: close {"{"} with {"}"} and [ with ], in the right order.
hint-json-end-in-container = The text ends before every bracket is closed: add the missing ] or {"}"} at the end.
hint-json-end-between-entries = The text stops after a name, colon or comma: finish the entry (or drop the trailing comma) and close brackets.
hint-json-end-in-string = A string has no closing double quote: add the missing " at the end of the value.
hint-json-end-in-field-name = A field name has no closing double quote: add the missing " after the name.
hint-json-end-in-escape = The text ends inside a backslash escape: complete it (e.g. \u00e9) or remove the backslash.
hint-json-comment = JSON does not allow comments: remove the // or /* */ text.
hint-json-non-standard-number = NaN and Infinity are not JSON numbers: use a real number, or quote it ("NaN") if it is text.
hint-json-plus-sign = Remove the + sign: JSON writes positive numbers without it, e.g. 1 instead of +1.
hint-json-number-too-long = This number has more than 1,000 digits: shorten it, or put it in quotes as a string.
hint-json-control-char-between-tokens = Delete the invisible control character: only spaces, tabs and line breaks may go between values.
hint-json-root-not-separated = Extra text follows the value: the whole pattern must be one JSON object, e.g. {"{"}"source": ["aws.ec2"]{"}"}.
hint-json-end-in-value = A value is missing at the end: write it after the colon or comma, or remove the trailing comma.
hint-json-empty = The pattern is empty: write a JSON object, e.g. {"{"}"source": ["aws.ec2"]{"}"}.
hint-json-control-char-in-string = A string holds a raw tab or line break: write it as \t or \n, or remove it; a string stays on one line.
hint-json-bad-escape = Unknown escape after a backslash: write \\ for a backslash; JSON has only \" \\ \/ \b \f \n \r \t and \uXXXX.
hint-json-bad-unicode-escape = A \u escape needs exactly four hex digits, e.g. \u00e9; write \\u for a literal backslash and u.
hint-json-leading-zero = Numbers cannot start with 0: write 12, not 012; put it in quotes ("012") if the zero matters.
hint-json-bad-number = A number is incomplete: put digits after the minus sign, decimal point or e, e.g. 1.0 instead of 1.
hint-json-too-deep = The brackets are nested more than 1,000 levels deep: remove the extra [ or {"{"}.
hint-json-trailing-content = There is text after the pattern's closing {"}"}: remove it, or move it inside the object.
