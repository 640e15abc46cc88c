# Rulecraft의 한국어 힌트입니다. AWS 오류 메시지(AWS의 영어 원문 그대로
# 표시됨) 아래에 무엇이 잘못되었고 어떻게 고치는지 쉬운 말로 한 줄씩
# 보여 줍니다. 오류 종류마다 키가 하나입니다: hint-pattern-*는
# PatternErrorKind(src/pattern/error.rs), hint-json-*는 JsonErrorKind
# (src/json/error.rs)에 해당합니다. 힌트에는 인수가 없으며, 중괄호는
# {"{"} 또는 {"}"}로 씁니다.

## 유효하지 않은 패턴

hint-pattern-json = 패턴이 올바른 JSON이 아닙니다. 빠진 쉼표나 따옴표, 마지막 쉼표, 작은따옴표가 있는지 확인하세요.
hint-pattern-not-an-object = 이벤트 패턴은 중괄호로 감싼 JSON 객체 하나여야 합니다. 예: {"{"}"source": ["aws.ec2"]{"}"}
hint-pattern-not-object-or-array = 값을 배열에 넣으세요: "source": "aws.ec2" 대신 "source": ["aws.ec2"]
hint-pattern-empty-object = 빈 {"{"}{"}"}를 삭제하거나 일치시킬 필드를 넣으세요. 예: "detail": {"{"}"state": ["running"]{"}"}
hint-pattern-empty-array = 배열에는 값이 하나 이상 있어야 합니다. 값을 넣거나(예: ["aws.ec2"]) 모든 값과 일치시키려면 [{"{"}"exists": true{"}"}]를 쓰세요.
hint-pattern-bad-match-value = 배열은 중첩할 수 없습니다: [["aws.ec2"]]가 아니라 "source": ["aws.ec2"]로 쓰세요.
hint-pattern-or-not-array = $or에는 객체의 배열이 와야 합니다: "$or": [{"{"}"a": [1]{"}"}, {"{"}"b": [2]{"}"}]
hint-pattern-or-not-object = $or 배열의 각 항목은 필드를 담은 객체여야 합니다(예: {"{"}"b": ["x"]{"}"}). 단독 값은 쓸 수 없습니다.
hint-pattern-or-too-few = $or에는 대안이 두 개 이상 필요합니다. 하나뿐이라면 $or를 빼고 그 필드를 직접 쓰세요.
hint-pattern-reserved-in-or = $or 안에서는 연산자 이름을 필드 이름으로 쓸 수 없습니다. 연산자는 배열 안에 넣으세요: {"{"}"a": [{"{"}"numeric": [">", 1]{"}"}]{"}"}
hint-pattern-match-name-missing = 배열 안의 {"{"}{"}"}가 비어 있습니다. 연산자를 넣거나(예: {"{"}"prefix": "aws."{"}"}) 삭제하세요.
hint-pattern-unknown-match-type = 연산자 철자를 확인하세요: prefix, suffix, anything-but, numeric, exists, cidr, wildcard, equals-ignore-case
hint-pattern-one-key-only = {"{"}{"}"} 하나에는 연산자를 하나만 넣으세요. [{"{"}"prefix": "a"{"}"}, {"{"}"suffix": "b"{"}"}]는 둘 중 하나를 만족하는 값과 일치합니다.
hint-pattern-must-be-string = 이 연산자에는 따옴표로 감싼 문자열을 쓰세요. 예: {"{"}"prefix": "i-"{"}"}, {"{"}"cidr": "10.0.0.0/24"{"}"}. 숫자 비교는 numeric을 쓰세요.
hint-pattern-unsupported-prefix = prefix 안에는 equals-ignore-case만 쓸 수 있습니다: {"{"}"prefix": {"{"}"equals-ignore-case": "i-"{"}"}{"}"} 또는 {"{"}"prefix": "i-"{"}"}
hint-pattern-unsupported-suffix = suffix 안에는 equals-ignore-case만 쓸 수 있습니다: {"{"}"suffix": {"{"}"equals-ignore-case": ".png"{"}"}{"}"} 또는 {"{"}"suffix": ".png"{"}"}
hint-pattern-prefix-name-missing = prefix 뒤의 {"{"}{"}"}가 비어 있습니다. {"{"}"prefix": "i-"{"}"} 또는 {"{"}"prefix": {"{"}"equals-ignore-case": "i-"{"}"}{"}"}로 쓰세요.
hint-pattern-suffix-name-missing = suffix 뒤의 {"{"}{"}"}가 비어 있습니다. {"{"}"suffix": ".png"{"}"} 또는 {"{"}"suffix": {"{"}"equals-ignore-case": ".png"{"}"}{"}"}로 쓰세요.
hint-pattern-exists-not-boolean = exists에는 따옴표 없이 true 또는 false를 쓰세요: {"{"}"exists": "true"{"}"}가 아니라 {"{"}"exists": true{"}"}
hint-pattern-numeric-not-array = numeric에는 연산자와 숫자를 담은 배열을 쓰세요: {"{"}"numeric": 5{"}"}가 아니라 {"{"}"numeric": ["=", 5]{"}"}
hint-pattern-numeric-member-not-string = numeric 배열은 따옴표로 감싼 연산자로 시작하고, 그 뒤에 숫자를 쓰세요: {"{"}"numeric": [">", 5]{"}"}
hint-pattern-unknown-numeric-operator = numeric 연산자는 "=", "<", "<=", ">", ">="입니다. "같지 않음"에는 {"{"}"anything-but": 5{"}"}를 쓰세요.
hint-pattern-numeric-value-not-number = numeric 연산자 뒤에는 따옴표 없는 숫자가 와야 합니다: [">", "5"]가 아니라 {"{"}"numeric": [">", 5]{"}"}
hint-pattern-too-many-numeric-elements = 항목이 너무 많습니다. numeric에는 연산자와 숫자 하나 또는 범위 [">", 0, "<=", 5]를 쓰고, {"{"}{"}"}에는 연산자를 하나만 넣으세요.
hint-pattern-bad-range-value = 범위의 두 숫자 사이에는 연산자가 필요합니다: [">", 0, 5]가 아니라 {"{"}"numeric": [">", 0, "<", 5]{"}"}
hint-pattern-bad-range-operator = 범위는 하한(">" 또는 ">=")부터 상한("<" 또는 "<=") 순서로 씁니다: [">", 0, "<=", 5]
hint-pattern-too-many-range-terms = 범위에는 경계가 두 개뿐입니다(예: [">", 0, "<", 5]). 남는 값을 삭제하세요.
hint-pattern-too-precise = 숫자는 소수점 아래 여섯 자리까지만 쓸 수 있습니다. 반올림하세요. 예: 0.1234567 → 0.123457
hint-pattern-out-of-range = 숫자는 -5,000,000,000에서 5,000,000,000(5.0E9) 사이여야 합니다. 이 범위 안의 값을 쓰세요.
hint-pattern-empty-range = 하한이 상한보다 작아야 합니다: [">", 5, "<", 1]이 아니라 [">", 1, "<", 5]
hint-pattern-unsupported-anything-but = anything-but 안에는 prefix, suffix, wildcard, equals-ignore-case만 쓸 수 있습니다: {"{"}"anything-but": {"{"}"prefix": "a"{"}"}{"}"}
hint-pattern-anything-but-name-missing = anything-but 뒤의 {"{"}{"}"}가 비어 있습니다. 값(["a", "b"])이나 연산자({"{"}"prefix": "a"{"}"})를 넣으세요.
hint-pattern-anything-but-value = anything-but에는 문자열, 숫자 또는 그 배열을 쓰세요(예: {"{"}"anything-but": ["stopped"]{"}"}). null이나 true/false는 쓸 수 없습니다.
hint-pattern-anything-but-list-type = anything-but 배열에는 문자열이나 숫자만 넣을 수 있습니다. null, true/false, 배열, 객체를 삭제하세요.
hint-pattern-anything-but-mixed = anything-but 배열에는 문자열만 또는 숫자만 하나 이상 넣으세요: ["a", "b"] 또는 [1, 2]
hint-pattern-anything-but-ignore-case-type = anything-but 안의 equals-ignore-case에는 문자열만 쓸 수 있습니다: {"{"}"anything-but": {"{"}"equals-ignore-case": ["a"]{"}"}{"}"}
hint-pattern-anything-but-prefix-suffix-type = anything-but 안의 prefix와 suffix에는 문자열만 쓸 수 있습니다: {"{"}"anything-but": {"{"}"prefix": "test-"{"}"}{"}"}
hint-pattern-null-prefix-suffix = anything-but 안의 prefix나 suffix는 빈 문자열("")일 수 없습니다. 한 글자 이상 쓰세요. 예: "test-"
hint-pattern-consecutive-wildcards = wildcard에서는 *를 연달아 쓸 수 없습니다. * 하나가 이미 임의의 연속된 문자와 일치합니다.
hint-pattern-invalid-wildcard-escape = wildcard에서 백슬래시는 *와 \만 이스케이프합니다. 문자 *는 "\\*", 문자 \는 "\\\\"로 쓰세요.
hint-pattern-too-complex = 이 wildcard는 평가하기에 너무 복잡합니다. *를 줄이거나 * 뒤에 반복되는 문자를 줄이세요.
hint-pattern-cidr-slash = cidr 값에는 주소, "/" 하나, 마스크 비트 수가 필요합니다: {"{"}"cidr": "10.0.0.0/24"{"}"}
hint-pattern-cidr-mask-not-integer = "/" 뒤의 마스크는 정수(비트 수)여야 합니다. 예: "10.0.0.0/24"
hint-pattern-cidr-mask-negative = "/" 뒤의 마스크는 음수일 수 없습니다. IPv4는 0~31, IPv6는 0~127을 쓰세요. 예: "10.0.0.0/24"
hint-pattern-ipv4-mask-range = IPv4 마스크는 0~31이어야 합니다. 주소 하나와 일치시키려면 문자열로 쓰세요: ["10.0.0.1"]
hint-pattern-ipv6-mask-range = IPv6 마스크는 0~127이어야 합니다. 주소 하나와 일치시키려면 문자열로 쓰세요: ["2001:db8::1"]
hint-pattern-invalid-ip = 올바른 IP 주소가 아닙니다. IPv4의 각 숫자는 0~255여야 하며(예: "10.0.0.0/24"), IPv6는 16진수 그룹을 씁니다.
hint-pattern-nonstandard-ip = "/" 앞에는 "10.0.0.0/24"나 "2001:db8::/32"처럼 IP 주소를 쓰세요. 이름이나 패턴은 쓸 수 없습니다.
hint-pattern-too-many-combinations = $or 조합이 1,000개를 넘습니다. $or를 줄이거나 한 필드의 값은 배열 하나에 모아 쓰세요.

## JSON 구문 오류

hint-json-unexpected-char = 문자가 잘못된 위치에 있습니다. 빠진 쉼표나 콜론, 마지막 쉼표, 작은따옴표, 따옴표 없는 이름이 흔한 원인입니다.
hint-json-unrecognized-token = 문자열 값은 큰따옴표로 감싸세요: aws.ec2가 아니라 "aws.ec2". 따옴표 없이 쓰는 값은 true, false, null뿐입니다.
hint-json-mismatched-close = 닫는 괄호가 여는 괄호와 맞지 않습니다. {"{"}는 {"}"}로, [는 ]로 순서에 맞게 닫으세요.
hint-json-end-in-container = 괄호가 모두 닫히기 전에 텍스트가 끝납니다. 끝에 빠진 ]나 {"}"}를 추가하세요.
hint-json-end-between-entries = 이름, 콜론 또는 쉼표 뒤에서 텍스트가 끝납니다. 마지막 항목을 완성하거나 마지막 쉼표를 삭제하고 괄호를 닫으세요.
hint-json-end-in-string = 문자열에 닫는 큰따옴표가 없습니다. 값 끝에 빠진 "를 추가하세요.
hint-json-end-in-field-name = 필드 이름에 닫는 큰따옴표가 없습니다. 이름 뒤에 빠진 "를 추가하세요.
hint-json-end-in-escape = 백슬래시 이스케이프 도중에 텍스트가 끝납니다. 이스케이프를 완성하거나(예: \u00e9) 백슬래시를 삭제하세요.
hint-json-comment = JSON에서는 주석을 쓸 수 없습니다. // 또는 /* */ 부분을 삭제하세요.
hint-json-non-standard-number = NaN과 Infinity는 JSON 숫자가 아닙니다. 실제 숫자를 쓰거나, 텍스트라면 "NaN"처럼 따옴표로 감싸세요.
hint-json-plus-sign = + 기호를 삭제하세요. JSON에서는 양수에 +를 붙이지 않습니다: +1이 아니라 1
hint-json-number-too-long = 숫자가 1,000자리를 넘습니다. 줄이거나 따옴표로 감싸 문자열로 쓰세요.
hint-json-control-char-between-tokens = 텍스트에 보이지 않는 제어 문자가 있습니다. 삭제하세요. 값 사이에는 공백, 탭, 줄 바꿈만 쓸 수 있습니다.
hint-json-root-not-separated = 값 바로 뒤에 텍스트가 더 있습니다. 패턴 전체가 JSON 객체 하나여야 합니다. 예: {"{"}"source": ["aws.ec2"]{"}"}
hint-json-end-in-value = 끝에 값이 빠져 있습니다. 콜론이나 쉼표 뒤에 값을 쓰거나 마지막 쉼표를 삭제하세요.
hint-json-empty = 패턴이 비어 있습니다. JSON 객체를 쓰세요. 예: {"{"}"source": ["aws.ec2"]{"}"}
hint-json-control-char-in-string = 문자열 안에 탭이나 줄 바꿈이 그대로 있습니다. \t나 \n으로 쓰거나 삭제하세요. 문자열은 한 줄이어야 합니다.
hint-json-bad-escape = 알 수 없는 이스케이프입니다. 백슬래시는 \\로 쓰세요. JSON 이스케이프는 \" \\ \/ \b \f \n \r \t \uXXXX뿐입니다.
hint-json-bad-unicode-escape = \u 뒤에는 16진수 네 자리가 와야 합니다(예: \u00e9). 백슬래시와 u를 그대로 쓰려면 \\u로 쓰세요.
hint-json-leading-zero = 숫자는 0으로 시작할 수 없습니다: 012가 아니라 12. 0이 의미가 있다면 "012"처럼 따옴표로 감싸세요.
hint-json-bad-number = 숫자가 불완전합니다. 마이너스 기호, 소수점, e 뒤에 숫자를 쓰세요. 예: 1.이 아니라 1.0
hint-json-too-deep = 괄호가 1,000단계보다 깊게 중첩되어 있습니다. 불필요한 [나 {"{"}를 삭제하세요.
hint-json-trailing-content = 패턴의 닫는 {"}"} 뒤에 텍스트가 있습니다. 삭제하거나 객체 안으로 옮기세요.
