# Rulecraft의 한국어 메시지입니다. 모든 UI 텍스트는 여기에 있으며 키로
# 조회합니다. 새 언어는 이 파일을 복사하여 오른쪽 값을 번역한 것입니다
# (키는 그대로 둡니다). AWS 자체의 메시지는 여기에 없습니다. 그 메시지는
# 바이트 하나까지 AWS의 원문 그대로 유지됩니다.

## 모드와 메뉴

app-name = Rulecraft
window-title = { $unsaved ->
    [yes] *{ $name } — Rulecraft
   *[no] { $name } — Rulecraft
}
mode-design = 디자인
mode-targets = 대상
mode-schedule = 일정
mode-learn = 배우기
menu-file = 파일
menu-edit = 편집
menu-view = 보기
menu-events = 이벤트
menu-help = 도움말
menu-open-recent = 최근 파일 열기
menu-no-recent-files = 최근 파일 없음

## 작업: 레이블, 그리고 같은 키에 -tip을 붙인 툴팁

action-new-rule = 새 규칙
action-new-rule-tip = 비어 있는 새 규칙을 시작합니다
action-open = 열기…
action-open-tip = 규칙 파일이나 패턴, 또는 인프라 코드(CloudFormation·SAM 템플릿, serverless.yml, Terraform)를 열어 그 안의 규칙을 나열합니다
action-save = 저장
action-save-tip = 규칙을 해당 파일에 저장합니다
action-save-as = 다른 이름으로 저장…
action-save-as-tip = 규칙을 다른 파일에 저장합니다
action-save-pattern-as = 패턴을 다른 이름으로 저장…
action-save-pattern-as-tip = 규칙 이름과 이벤트 없이 패턴 JSON만 저장합니다
action-export = 내보내기…
action-export-tip = 규칙을 CloudFormation, SAM, CDK, Terraform 등의 형식으로 내보냅니다
action-quit = 종료
action-quit-tip = 창을 닫습니다 (저장하지 않은 변경 사항이 있으면 확인합니다)
action-undo = 실행 취소
action-undo-tip = 패턴의 마지막 변경을 취소합니다
action-redo = 다시 실행
action-redo-tip = 마지막으로 취소한 변경을 다시 실행합니다
action-prettify = 서식 정리
action-prettify-tip = 패턴의 들여쓰기를 다시 정리합니다
action-copy-pattern = 패턴 복사
action-copy-pattern-tip = 패턴 JSON을 클립보드에 복사합니다
action-focus-service-search = 서비스 검색
action-focus-service-search-tip = 서비스 검색 상자에 커서를 놓습니다
action-command-palette = 명령 팔레트…
action-command-palette-tip = 모든 작업을 이름으로 검색합니다
action-mode-design = 디자인 모드
action-mode-design-tip = 패턴을 설계하고 이벤트로 테스트합니다
action-mode-targets = 대상 모드
action-mode-targets-tip = 일치한 이벤트를 보낼 곳과 각 대상이 받는 내용
action-mode-schedule = 일정 모드
action-mode-schedule-tip = 규칙이 시계에 맞춰 실행되는 때: rate와 cron, 내 시간대의 다음 실행 시각
action-mode-learn = 배우기 모드
action-mode-learn-tip = 이벤트 패턴 언어를 배우는 레슨과 연습 문제
action-toggle-form-panel = 양식 표시/숨기기
action-toggle-form-panel-tip = 양식 영역을 패턴 편집기에 내주거나 양식을 다시 표시합니다
action-toggle-events-panel = 이벤트 표시/숨기기
action-toggle-events-panel-tip = 이벤트 영역을 패턴 편집기에 내주거나 이벤트를 다시 표시합니다
action-theme-system = 테마: 시스템
action-theme-system-tip = 시스템의 라이트/다크 설정을 따릅니다
action-theme-dark = 테마: 다크
action-theme-dark-tip = 어두운 배경에 밝은 글자
action-theme-light = 테마: 라이트
action-theme-light-tip = 밝은 배경에 어두운 글자
action-language-english = English
action-language-english-tip = Rulecraft를 영어로 표시합니다
action-language-korean = 한국어
action-language-korean-tip = Rulecraft를 한국어로 표시합니다
action-open-event-files = 이벤트 파일 열기…
action-open-event-files-tip = .json (이벤트 하나), .jsonl/.ndjson (한 줄에 하나씩, 크기에 상관없는 아카이브), 폴더. 또는 파일을 창에 끌어다 놓으세요
action-focus-event-filter = 이벤트 필터
action-focus-event-filter-tip = 이벤트 필터에 커서를 놓습니다
action-next-event = 다음 이벤트
action-next-event-tip = 목록에서 다음 이벤트를 선택합니다
action-previous-event = 이전 이벤트
action-previous-event-tip = 목록에서 이전 이벤트를 선택합니다
action-cancel-event-work = 취소
action-cancel-event-work-tip = 이벤트 로드 또는 판정을 중지합니다 (이미 처리된 결과는 유지됩니다)
action-about-samples = 샘플 정보…
action-about-samples-tip = 기본 제공 이벤트의 출처와 라이선스
action-operator-reference = 연산자 참조
action-operator-reference-tip = 모든 연산자의 문법과 예시. 패턴에 바로 넣을 수 있습니다

## 명령 팔레트

palette-title = 명령 팔레트
palette-hint = 입력하여 작업 검색
palette-nothing = 해당 이름의 작업이 없습니다

## 규칙

untitled-rule = 제목 없는 규칙
rule-label = 규칙
rule-name-hint = 규칙 이름
rule-name-tip = 규칙의 이름입니다. 내보내기에서 규칙 및 리소스 이름으로 사용됩니다
description-label = 설명
description-hint = 규칙의 용도

## 양식

form-cannot-show = 양식에서 이 패턴을 표시할 수 없습니다: { $reason }. JSON을 편집하세요. 양식은 읽기 전용입니다.
form-pattern-invalid = 패턴 텍스트가 유효하지 않아 양식에 마지막으로 유효했던 패턴이 표시됩니다. 양식을 변경하면 텍스트가 대체됩니다 (실행 취소로 되돌릴 수 있습니다).
outline-title = 패턴 구조
outline-combination = 조합 { $number }/{ $count }
service-label = 서비스
service-hint = 서비스, 이벤트, 필드 검색
service-tip = 이름, source (aws.ec2), 이벤트 유형 또는 필드로 검색합니다. 오타가 있어도 찾습니다 (Ctrl+K)
service-choose-tip = 이 서비스를 패턴의 source로 사용합니다
service-clear-tip = 다시 클릭하면 서비스 선택이 해제됩니다
choose-service-first = 이벤트를 보려면 서비스를 선택하세요.
source-not-in-catalog = 카탈로그에 { $source } 항목이 없습니다.
event-types-label = 이벤트 유형
detail-type-unverified = (미확인)
detail-type-samples-tip = 기본 제공 샘플 { $count }개
detail-type-schema-tip = ; 스키마 레지스트리: { $schema }
detail-type-unverified-tip = ; 이 이름을 확인해 주는 게시된 이벤트가 없습니다
field-any = (모든 값)
value-documented-tip = 문서화됨 ({ $kinds })
value-observed-tip = 샘플에서 확인됨, 문서화되지 않음
value-suggested-tip = 제안된 값, 문서화되지 않음
conditions-label = 조건
remove-condition = 제거
remove-condition-tip = 이 조건을 제거합니다
edit-condition = 수정
edit-condition-tip = 이 조건을 아래 입력란으로 불러와 그 자리에서 수정합니다
new-condition-label = 새 조건
field-label = 필드
field-tip = 이벤트 필드의 점 표기 경로 (예: detail.instance-id)
field-pick-label = 또는 선택
field-pick-tip = 선택한 이벤트 유형의 필드: 문서화된 필드가 먼저, 그다음 얕은 필드. 각 필드의 형식과 샘플 값을 함께 보여 줍니다
field-pick-none = 필드 목록을 보려면 서비스와 이벤트 유형을 선택하세요
field-search-label = 필드 검색
field-search-hint = 예: name, status, id
field-search-nothing = 선택한 이벤트 유형에 이름에 그 글자가 들어간 필드가 없습니다. 필드 칸에 경로를 직접 입력하세요
field-enumerated-tip = AWS 문서에 이 필드의 값이 나와 있습니다. 가장 많이 필터링하는 필드입니다
operator-label = 연산자
operator-equals = 같음
operator-equals-example = running  →  "running";  5  →  5;  "5" (따옴표 포함) → 문자열 "5"
operator-one-of = 다음 중 하나
operator-one-of-example = pending, running  →  "pending", "running": 둘 중 어느 값이든
operator-prefix = prefix
operator-prefix-example = i-  →  {"{"}"prefix": "i-"{"}"}: "i-0abc"와 일치
operator-suffix = suffix
operator-suffix-example = .png  →  {"{"}"suffix": ".png"{"}"}: "cat.png"와 일치
operator-equals-ignore-case = equals-ignore-case
operator-equals-ignore-case-example = RUNNING  →  "running", "Running"과 일치
operator-anything-but = anything-but
operator-anything-but-example = stopped, terminated  →  이 값들을 제외한 모든 값 (필드가 없으면 일치하지 않음)
operator-numeric = numeric
operator-numeric-example = > 0, <= 5  →  {"{"}"numeric": [">", 0, "<=", 5]{"}"}
operator-exists = exists
operator-exists-example = {"{"}"exists": true{"}"}: 필드에 값이 있음 (null 포함)
operator-does-not-exist = 존재하지 않음
operator-does-not-exist-example = {"{"}"exists": false{"}"}: 필드에 값이 없음
operator-cidr = IP 범위 (cidr)
operator-cidr-example = 10.0.0.0/24  →  10.0.0.0부터 10.0.0.255까지의 모든 주소
operator-wildcard = wildcard
operator-wildcard-example = arn:aws:s3:::*/logs/*  →  *는 임의의 연속된 문자와 일치
form-limit-nested-or = $or의 대안 안에 다른 $or가 중첩되어 있습니다
draft-gone = 이 조건을 넣으려던 조건 또는 $or 그룹이 없어졌습니다. 다시 추가를 누르면 모든 이벤트에 대한 조건으로 추가됩니다
draft-no-room-for-or = 이 $or를 둘 수 있는 모든 객체에 이미 다른 $or가 있습니다. 대신 그 그룹의 대안으로 추가하세요
conditions-every-event = 모든 이벤트가 충족해야 하는 조건:
or-group-title = 다음 대안 중 하나 ($or { $number }):
or-alternative = 대안 { $number }
or-separator = 또는
or-with = 또는…
or-with-tip = 이 조건의 대안을 작성합니다. 둘 중 하나라도 충족하는 이벤트가 통과합니다 ($or)
and-into = 그리고…
and-into-tip = 이 대안에 조건을 추가합니다 (이 조건도 충족해야 함)
new-alternative = 다른 대안
new-alternative-tip = 이 $or에 대안을 하나 더 작성합니다
draft-aim-all = 모든 이벤트가 충족해야 하는 조건으로 추가합니다
draft-aim-or-with = { $path }의 대안으로 추가합니다 ($or)
draft-aim-new-alternative = $or { $number }에 새 대안으로 추가합니다
draft-aim-into = $or { $number }의 대안 { $alternative }에 추가합니다
draft-aim-reset = 대신 모든 이벤트에
draft-aim-reset-tip = $or가 아니라 모든 이벤트에 대한 조건으로 추가합니다
editing-condition-label = 조건 수정
save-condition = 변경 저장
save-condition-tip = 수정한 조건을 기존 조건 자리에 넣습니다
cancel-edit = 취소
operator-prefix-ignore-case = prefix (대소문자 무시)
operator-prefix-ignore-case-example = I-  →  {"{"}"prefix": {"{"}"equals-ignore-case": "I-"{"}"}{"}"}: "i-0abc", "I-0ABC"와 일치
operator-suffix-ignore-case = suffix (대소문자 무시)
operator-suffix-ignore-case-example = .PNG  →  "cat.png", "CAT.PNG"와 일치
operator-anything-but-prefix = anything-but prefix
operator-anything-but-prefix-example = test-  →  test-로 시작하지 않는 모든 문자열 (목록 가능: a, b)
operator-anything-but-suffix = anything-but suffix
operator-anything-but-suffix-example = .tmp, .bak  →  둘 중 어느 것으로도 끝나지 않는 모든 문자열
operator-anything-but-wildcard = anything-but wildcard
operator-anything-but-wildcard-example = */tmp/*  →  * 패턴과 일치하지 않는 모든 문자열
operator-anything-but-ignore-case = anything-but (대소문자 무시)
operator-anything-but-ignore-case-example = Stopped, Terminated  →  대소문자와 관계없이 이 값들을 제외한 모든 문자열
value-label = 값
add-condition = 조건 추가
add-condition-tip = 이 조건을 패턴에 추가합니다
draft-needs-field = 필드를 선택하거나 입력하세요 (예: detail.state)
draft-needs-value = 값을 입력하세요
filters-label = 계정 및 리전
filter-account-label = 계정
filter-account-tip = 이 AWS 계정(각 12자리)에서 발생한 이벤트만 일치합니다. 쉼표로 구분하며, 비워 두면 모든 계정이 해당됩니다
filter-region-label = 리전
filter-region-tip = 이 리전에서 발생한 이벤트만 일치합니다. 쉼표로 구분하며, 비워 두면 모든 리전이 해당됩니다
accounts-need-12-digits = AWS 계정 ID는 12자리입니다: { $ids }

## 패턴 편집기

pattern-label = 패턴
pattern-valid = 유효한 패턴
pattern-valid-complexity = 유효한 패턴 · wildcard 복잡도 { $score } (AWS는 11 이상을 거부합니다)
pattern-empty = 빈 패턴입니다. 왼쪽에서 서비스와 이벤트 유형을 선택하거나 여기에 패턴을 입력하세요. EventBridge 패턴에는 필드가 하나 이상 있어야 합니다.
pattern-empty-scheduled = 패턴 없음: 이 규칙은 일정에 따라 실행됩니다 (일정 모드). 일치하는 이벤트에도 실행하려면 패턴을 추가하세요.
pattern-error-at = { $line }줄, { $column }열: { $message }

## 이벤트

events-label = 이벤트
summary-no-verdicts = 패턴이 유효하지 않아 판정 결과가 없습니다
summary-empty-pattern = 패턴에 필드가 생기면 이벤트를 판정합니다
summary-loading = 이벤트 로드 중: 지금까지 { $events }개. 모두 로드되면 판정합니다
summary-matching = 이벤트 판정 중: { $done }/{ $total }
summary-all = 이벤트 { $total }개 중 { $matched }개 일치
summary-relevant = 관련 이벤트 { $relevant }개 중 { $matched }개 일치 (전체 { $total }개 중 { $allMatched }개)
filter-label = 필터
filter-hint = 이름으로 필터링
filter-tip = 이름에 이 텍스트가 포함된 이벤트만 표시합니다 (Ctrl+L). Alt+Up/Down으로 목록을 이동합니다
verdict-match = 일치
verdict-no-match = 불일치
verdict-unreadable = 읽을 수 없음
verdict-pending = …
event-yours = (내 이벤트)
event-archive = (아카이브)
event-sample-tip = 기본 제공 샘플: { $source }, "{ $detailType }"
event-own-tip = 내 이벤트: 선택하면 편집할 수 있으며, 규칙과 함께 저장됩니다
event-archive-tip = 불러온 아카이브의 이벤트: 테스트에는 사용되지만 규칙과 함께 저장되지는 않습니다
as-expected = 예상대로
expected-verdict = 예상: { $verdict }
expected-verdict-label = 예상 판정
expect-none = 없음
expect-none-tip = 예상 없음: 판정 결과만 표시합니다
expect-match = 일치
expect-match-tip = 패턴이 이 이벤트와 일치해야 합니다
expect-no-match = 불일치
expect-no-match-tip = 패턴이 이 이벤트와 일치하지 않아야 합니다
remove-event = 이벤트 제거
remove-event-tip = 내 이벤트에서 이 이벤트를 제거합니다
duplicate-event = 내 이벤트로 복사
duplicate-event-tip = 이 이벤트의 사본을 내 이벤트에 추가합니다. 사본은 편집할 수 있습니다
add-variants = 변형 { $count }개 추가
add-variants-tip = 상태 같은 필드마다 AWS 문서에 나온 값(FAILED, STOPPED 등)별로 그 값만 바꾼 사본을 하나씩 만들어 내 이벤트에 추가합니다
duplicate-event-name = { $name } (사본)
variant-event-name = { $name } (변형: { $field } = { $value })
keep-with-rule = 규칙과 함께 보관
keep-with-rule-tip = 이 이벤트를 예상 판정과 함께 규칙 파일에 저장합니다
open-event-files-button = 이벤트 파일 열기…
paste-label = 이벤트 붙여넣기
paste-tip = 이벤트 하나의 JSON을 붙여넣은 다음 추가를 누르세요. 샘플과 같은 방식으로 판정됩니다
add-event = 추가
add-event-tip = 붙여넣은 이벤트를 내 이벤트에 추가합니다
pasted-event-name = 붙여넣은 이벤트 { $number }
select-an-event = 일치 여부와 그 이유를 보려면 이벤트를 선택하세요.
own-event-editor-label = 내 이벤트 (편집 가능, 판정 결과가 함께 바뀝니다)
event-unreadable = 읽을 수 없음: { $reason }
event-unreadable-at = { $line }줄, { $column }열: { $message }
explanation-matched = 일치함
explanation-not-matched = 일치하지 않음
or-combination-matches = $or 조합 { $number }: 일치
or-combination-misses = $or 조합 { $number }: 일치하지 않음
field-yes = 예
field-no = 아니요
loading-progress = 이벤트 로드 중
matching-progress = 이벤트 판정 중

## 알림

notice-cannot-prettify = 서식을 정리할 수 없습니다: { $line }줄, { $column }열의 JSON이 유효하지 않습니다
notice-copied-pattern = 패턴을 복사했습니다
notice-copied-export = { $format } 내보내기 결과를 복사했습니다
notice-added-events = 이벤트 { $count }개를 추가했습니다
notice-added-archive = 아카이브에서 이벤트 { $count }개를 로드했습니다 (테스트에는 사용되지만 규칙과 함께 저장되지 않음)
notice-added-with-problems = { $count }개를 추가했습니다. { $problems }개는 읽을 수 없습니다: { $list }
notice-loading-cancelled = 이벤트 { $count }개를 로드한 후 취소했습니다 (로드된 이벤트는 유지됩니다)
notice-opened = { $path } 파일을 열었습니다
notice-builtin-file-dialog = 시스템 파일 대화 상자가 없어 Rulecraft 자체 대화 상자를 사용합니다 (Linux에서는 데스크톱 포털이나 zenity가 필요합니다)
notice-duplicated = 내 이벤트에 “{ $name }”(으)로 복사했습니다. 아래에서 편집하세요
notice-variants-added = { $count ->
    [0] { $name }에는 값을 바꿔 볼 문서화된 필드가 없습니다
   *[other] { $name }의 변형 { $count }개를 내 이벤트에 추가했습니다
}
notice-new-rule = 새 규칙 (아직 저장하지 않음)
notice-restored = 예기치 않게 닫힌 창에서 저장하지 않은 작업을 복원했습니다
notice-recovery-off = 충돌 복구가 꺼져 있습니다. { $folder } 폴더에 쓸 수 없습니다: { $reason }
notice-recovery-write-failed = 복구 파일을 쓸 수 없습니다: { $reason }
notice-saving = 저장 중…
notice-saved = { $path } 파일을 저장했습니다
notice-saved-pattern = 패턴을 { $path } 파일에 저장했습니다

## 질문과 경고

save-changes-title = 변경 사항을 저장하시겠습니까?
save-changes-before-closing = "{ $name }"에 저장하지 않은 변경 사항이 있습니다. 닫기 전에 저장하시겠습니까?
save-changes-before-new = "{ $name }"에 저장하지 않은 변경 사항이 있습니다. 새 규칙을 시작하기 전에 저장하시겠습니까?
save-changes-before-opening = "{ $name }"에 저장하지 않은 변경 사항이 있습니다. 다른 파일을 열기 전에 저장하시겠습니까?
save-changes-before-restoring = "{ $name }"에 저장하지 않은 변경 사항이 있습니다. 다른 창의 작업을 복원하기 전에 저장하시겠습니까?
answer-save = 저장
answer-dont-save = 저장 안 함
answer-dont-save-tip = 저장하지 않은 변경 사항을 버립니다
answer-cancel = 취소
alert-title = 문제가 발생했습니다
alert-ok = 확인
alert-own-file = { $path } 파일은 이 규칙 자체의 파일입니다. 여기에 패턴이나 내보내기 결과만 쓰면 규칙의 이름, 설명, 이벤트가 사라집니다. 다른 파일을 선택하세요.
alert-cannot-save-rule = { $path } 파일을 저장할 수 없습니다: { $reason }. 작업은 여기에 그대로 열려 있으니 다른 위치에 저장하세요.
alert-cannot-save = { $path } 파일을 저장할 수 없습니다: { $reason }
recover-title = 저장하지 않은 작업을 복구하시겠습니까?
recover-text = Rulecraft 창이 예기치 않게 닫혔으며, "{ $name }" ({ $place })에 저장하지 않은 변경 사항이 있습니다. 마지막 변경: { $age } 전.
recover-never-saved = 저장한 적 없음
recover-restore = 복원
recover-restore-tip = 그 작업을 여기에서 엽니다 (직접 저장하기 전까지는 저장되지 않은 상태로 남습니다)
recover-discard = 버리기
recover-discard-tip = 그 작업을 버립니다
age-seconds = { $n }초
age-minutes = { $n }분
age-hours = { $n }시간
age-days = { $n }일

## 내보내기

export-title = 내보내기
export-rule-name = 규칙 이름
export-rule-name-tip = 각 형식에서 이 이름을 해당 형식에 맞는 이름(리소스, 변수, 규칙 이름)으로 바꿉니다
export-format-tip = rulecraft export --format { $name }
export-format-json-one-line = JSON, 한 줄
export-copy = 복사
export-copy-tip = 텍스트를 클립보드에 복사합니다
export-save-as = 다른 이름으로 저장…
export-save-as-tip = 텍스트를 파일에 저장합니다
export-warning = 참고: { $warning }
export-nothing = 내보낼 내용이 없습니다: { $error }

## 샘플 정보

about-samples-title = 샘플 이벤트 정보
about-samples-text = Rulecraft에는 AWS가 게시한 이벤트 { $count }개가 게시된 그대로 포함되어 있습니다. 해당 라이선스에 따라 다음과 같이 출처를 밝힙니다:
about-samples-line = { $line } (이벤트 { $count }개)
about-samples-licence = AWS 설명서에서 가져온 이벤트는 계속 CC BY-SA 4.0 라이선스를 따릅니다. 모든 이벤트의 출처는 `rulecraft samples --json`으로 확인할 수 있습니다.

## 기본 대화 상자

dialog-open-rule = 규칙 또는 패턴 열기
dialog-open-events = 이벤트 파일 열기
dialog-save-rule = 규칙 저장
dialog-save-pattern = 패턴 저장
dialog-save-export = 내보내기 저장
dialog-filter-rules = 규칙 및 패턴
dialog-filter-events = 이벤트
dialog-filter-all = 모든 파일
file-dialog-open = 열기
file-dialog-save = 저장
file-dialog-cancel = 취소
file-dialog-new-folder = 새 폴더
file-dialog-new-folder-name = 새 폴더
file-dialog-rename = 이름 바꾸기
file-dialog-refresh = 새로 고침
file-dialog-parent = 상위 폴더
file-dialog-file = 파일:
file-dialog-show-hidden = 숨김 파일 표시

## 이벤트가 일치하지 않은 이유 (명령줄에서는 같은 내용을 영어로 표시합니다)

list-or = { $items } 또는 { $last }
reason-path-is = { $path } 값은 { $values }
reason-missing = { $path } 필드가 없습니다
reason-must-be-absent = { $is }; 패턴에서는 이 필드가 없어야 합니다
reason-hint = { $is }: { $hint }
reason-not-allowed = { $is }; 패턴에서 허용하는 값은 { $allowed }
reason-different-elements = 각 필드는 개별적으로는 일치하지만 같은 배열의 한 요소 안에서는 일치하지 않습니다 ({ $paths }). 객체 배열에서 일치하는 필드들은 같은 요소에 있어야 합니다
hint-case-only = { $value } 값은 { $wanted } 값과 대소문자만 다릅니다. equals-ignore-case를 사용하세요
hint-prefix-case-only = 대소문자를 무시해야만 { $value } 값이 { $prefix }(으)로 시작합니다. prefix와 equals-ignore-case를 함께 사용하세요
hint-suffix-case-only = 대소문자를 무시해야만 { $value } 값이 { $suffix }(으)로 끝납니다. suffix와 equals-ignore-case를 함께 사용하세요
hint-number-got-string = 패턴은 숫자를 비교하지만 이벤트의 값은 문자열 { $value }입니다
hint-string-got-number = 패턴에서 기대하는 값은 문자열 { $wanted }이지만 이벤트의 값은 숫자 { $value }입니다
hint-empty-string-is-not-null = 이벤트의 값은 null이 아닌 빈 문자열입니다
hint-null-is-not-empty-string = 이벤트의 값은 빈 문자열이 아닌 null입니다
hint-outside-numeric-range = { $value } 값은 EventBridge가 숫자로 비교할 수 있는 범위(±5e9, 소수점 이하 최대 6자리)를 벗어납니다
hint-strings-only = { $operator } 조건은 문자열에만 적용되지만 이벤트의 값은 { $kind ->
    [string] 문자열
    [number] 숫자
    [boolean] 부울
   *[null] null
} { $value }입니다
reason-unread-empty-key = { $path } 경로는 빈 키로 끝납니다. EventBridge는 마지막 키가 빈 필드를 등록하지 않아 읽지 않으므로, 어떤 이벤트에서도 이 필드에는 값이 없습니다
hint-supplementary-case = EventBridge는 대소문자를 UTF-16 단위 하나씩 변환하므로, { $text }에서 기본 다국어 평면(BMP) 밖의 문자는 각각 "??"와만 일치하고 { $value } 값은 일치하지 않습니다
hint-ignore-case-after-wildcard = EventBridge는 { $text }을(를) 같은 필드에 있는 *로 시작하는 와일드카드의 반복 상태 위에 만들기 때문에, 첫 글자가 임의의 문자열을 뜻하게 되어 { $value } 값이 제외됩니다
quirk-empty-last-key = { $path } 경로는 빈 키로 끝나며 EventBridge는 이를 읽지 않으므로, 이 필드는 없는 것으로 취급됩니다
quirk-ipv6-by-first-32-bits = EventBridge는 IPv6 주소 { $value }을(를) IPv4 범위 { $range }와(과) 앞의 32비트로 비교합니다
quirk-ipv4-in-ipv6-range = EventBridge는 IPv4 주소 { $value }을(를) IPv6 범위 { $range }와(과) 16진수 자릿수 단위로 비교하며, 8자리만으로 이미 범위 안에 들어갑니다
quirk-number-as-ip-digits = EventBridge는 숫자 { $value }을(를) 텍스트로 읽으며, 그 자릿수가 IP 범위 { $range } 안에 들어갑니다
quirk-ignore-case-after-wildcard = EventBridge는 { $text }을(를) 같은 필드에 있는 *로 시작하는 와일드카드의 반복 상태 위에 만들기 때문에, 첫 글자가 임의의 문자열을 뜻하게 되어 { $value } 값이 일치합니다
notice-complexity = 와일드카드 복잡도 점수는 { $score }입니다(AWS는 7 이하를 허용하고 11 이상을 거부하며, 정확한 한도는 공개되지 않았습니다). 따라서 EventBridge가 이 패턴을 너무 복잡하다며 거부할 수 있습니다

## 양식에서 패턴을 표시할 수 없는 이유, 또는 입력한 값으로 조건을 만들 수 없는 이유

form-error-list-values = 값을 쉼표로 구분하여 나열하세요
form-error-list-excluded = 제외할 값을 쉼표로 구분하여 나열하세요
form-error-needs-number = { $part } 비교에는 숫자가 필요합니다
form-error-not-a-comparison = { $operator } 기호는 =, <, <=, >, >= 중 하나가 아닙니다
form-error-no-comparison = 비교식을 입력하세요 (예: > 0, <= 5)

## 도구가 내보내기 결과에 미치는 영향

export-warning-number-rewritten = { $text }: EventBridge는 이 숫자를 텍스트 그대로 비교하는데(±5,000,000,000을 넘거나 소수점 이하가 6자리를 초과함), { $tool ->
    [yaml] YAML은
    [javascript] JavaScript는
   *[terraform] Terraform의 jsonencode는
} 이를 { $rewritten } 형태로 씁니다. 텍스트를 의도했다면 문자열로 작성하세요
export-warning-python-cdk-drops-nulls = Python용 AWS CDK는 null 값을 삭제합니다(jsii는 모든 None을 제외함). 목록에 null만 단독으로 있는 경우에만 events.Match.null_value()로 유지되며, 이 내보내기에서는 나머지 null 값이 손실됩니다
export-warning-cdk-cannot-carry-proto = AWS CDK는 __proto__라는 이름의 필드를 전달할 수 없습니다(TypeScript는 이 필드를 삭제하고 Python의 jsii는 거부함). 이 패턴에는 CloudFormation 또는 JSON 내보내기를 사용하세요
export-warning-target-needs-policy = 대상 { $id }: { $kind ->
    [sqs-queue] SQS 대기열의 대기열 정책에서 events.amazonaws.com이 sqs:SendMessage를 할 수 있도록
   *[sns-topic] SNS 주제의 주제 정책에서 events.amazonaws.com이 sns:Publish를 할 수 있도록
} 허용해야 하며, 조건은 aws:SourceArn = 이 규칙의 ARN이어야 합니다. 이 내보내기는 해당 정책을 바꾸지 않습니다
export-warning-target-needs-role = 대상 { $id }: EventBridge는 { $kind ->
    [state-machine] Step Functions 상태 머신에 states:StartExecution 권한이 있는
    [kinesis-stream] Kinesis 데이터 스트림에 kinesis:PutRecord 권한이 있는
    [event-bus] 이벤트 버스에 events:PutEvents 권한이 있는
   *[api-destination] API 대상에 events:InvokeApiDestination 권한이 있는
} 역할을 맡아서 전달합니다. 이 내보내기는 대상의 RoleArn을 직접 채우도록 남겨 둡니다(대상 이름을 딴 파라미터 또는 자리 표시자)
export-warning-scheduler-needs-role = 대상 { $id }의 일정: EventBridge Scheduler는 scheduler.amazonaws.com이 맡을 수 있고 { $action } 권한이 있는 실행 역할로 이 대상을 호출합니다. 이 내보내기는 일정의 RoleArn을 직접 채우도록 남겨 둡니다(대상 이름을 딴 파라미터, 변수 또는 자리 표시자)
export-warning-scheduler-cannot-carry-input = 대상 { $id }의 일정: EventBridge Scheduler에는 입력 변환기도 InputPath도 없어서(일정의 대상은 고정된 Input만 받음), 이 일정은 대상의 입력 없이 작성됩니다
export-warning-scheduler-needs-target = EventBridge Scheduler는 일정마다 대상 하나를 실행하는데 이 규칙에는 대상이 없습니다. 이 내보내기는 대상 ARN과 실행 역할 ARN을 자리 표시자로 둔 일정 하나를 작성합니다

## 조건을 쉬운 말로 (명령줄은 같은 내용을 영어로 말합니다)

describe-prefix = { $text }(으)로 시작하는 문자열
describe-suffix = { $text }(으)로 끝나는 문자열
describe-prefix-any-case = 대소문자 구분 없이 { $text }(으)로 시작하는 문자열
describe-suffix-any-case = 대소문자 구분 없이 { $text }(으)로 끝나는 문자열
describe-any-case = 대소문자 구분 없이 { $text }
describe-wildcard = { $text } 형태의 문자열
describe-exists = 모든 값 (존재함)
describe-does-not-exist = 값 없음 (존재하지 않음)
describe-cidr = { $text } 범위의 IP 주소
describe-numeric = { $text }인 숫자
describe-and = { $first } 그리고 { $second }
describe-anything-but = { $text }을(를) 제외한 모든 값
describe-strings-starting = { $text }(으)로 시작하는 문자열
describe-strings-ending = { $text }(으)로 끝나는 문자열
describe-strings-like = { $text } 형태의 문자열

## 열거나 저장할 수 없는 파일 (명령줄은 같은 내용을 영어로 말합니다)

alert-cannot-open = { $path } 파일을 열 수 없습니다: { $reason }
io-not-found = 해당 파일이 없습니다 (이동되었거나 삭제되었을 수 있습니다)
io-folder-missing = 폴더가 없습니다 (이동되었거나 삭제되었을 수 있습니다)
io-permission-denied = 권한이 없습니다 (이 파일을 읽거나 쓸 수 없습니다)
io-is-a-folder = 파일이 아니라 폴더입니다
io-disk-full = 디스크가 가득 찼습니다
io-read-only = 디스크가 읽기 전용입니다
read-too-large-rule = 크기가 { $size }(으)로, 규칙이나 패턴으로는 너무 큽니다 (최대 { $limit }MB)
read-too-large-event = 크기가 { $size }(으)로, 이벤트로는 너무 큽니다 (최대 { $limit }MB)
read-too-large-template = 크기가 { $size }(으)로, Rulecraft가 읽는 템플릿으로는 너무 큽니다 (최대 { $limit }MB)
read-binary = JSON 텍스트가 아닌 바이너리 파일입니다 (오프셋 { $offset }에 0 바이트)
read-not-utf8 = UTF-8 텍스트가 아닙니다 (오프셋 { $offset }에 잘못된 바이트)
open-not-json = 올바른 JSON이 아닙니다 ({ $line }줄, { $column }열: { $message })
open-not-an-object = JSON { $kind ->
    [array] 배열
    [string] 문자열
    [number] 숫자
    [boolean] 부울 값
   *[null] null
}이(가) 들어 있지만, 규칙 파일이나 이벤트 패턴은 JSON 객체입니다
open-newer-format = 이 Rulecraft 버전이 모르는 { $version } 형식의 규칙 파일입니다 (읽을 수 있는 형식: { $known })
open-bad-rule-file = 올바른 Rulecraft 규칙 파일이 아닙니다 ({ $details })
open-looks-like-an-event = 패턴이 아니라 이벤트로 보입니다: 이벤트 목록에 추가하세요

## Learn

learn-no-lessons = 이 빌드에는 레슨이 없습니다.
learn-lessons = 레슨
learn-solved-count = { $solved }/{ $total }
learn-reset-progress = 진행 상황 초기화
learn-reset-progress-tip = 푼 연습 문제와 지금까지 입력한 답을 모두 지웁니다
learn-exercises = 연습 문제
learn-open-in-designer = 디자인에서 열기
learn-try-example = 디자인에서 해 보기
learn-try-example-tip = 이 예제의 패턴과 이벤트를 디자인 모드에서 열어, 바꿔 보며 판정이 어떻게 달라지는지 봅니다
learn-open-in-designer-tip = 내 패턴과 연습 문제의 이벤트(기대 판정 포함)를 디자인 모드로 가져갑니다
learn-back-to-lesson = ← 레슨
learn-exercise-title = 연습 문제 { $number }/{ $count }
learn-solved = 정답입니다!
learn-your-pattern = 내 패턴
learn-events = 이벤트
learn-must-match = 일치해야 함
learn-must-not-match = 일치하면 안 됨
learn-pass = 통과
learn-fail = 실패
learn-matched-but-must-not = 일치하지만 일치하면 안 됩니다
learn-hidden-check-fails = 숨은 검사 실패: { $requirement }
learn-hidden-checks-note = 위의 이벤트는 모두 통과했지만, 보이지 않는 이벤트에서도 맞아야 합니다. 문제에서 말한 그대로 패턴을 작성하세요.
learn-model-solution = 모범 답안:
learn-next-exercise = 다음 연습 문제
learn-next-lesson = 다음 레슨
learn-show-hint = 힌트 보기 ({ $total }개 중 { $shown }개 표시)
learn-show-solution = 답 보기
learn-show-solution-tip = 지금 모범 답안을 봅니다 (먼저 몇 번 시도해 보는 것이 기억에 남습니다)
learn-stuck = 막혔나요? 원하면 언제든 답을 볼 수 있습니다.
reference-title = 연산자 참조
reference-intro = 삽입을 누르면 템플릿이 패턴의 커서 위치에 들어갑니다. 필드 목록 안에 넣으세요: ["a", {"{"}"prefix": "b"{"}"}]. 레슨은 이 연산자를 가르치는 레슨을 엽니다.
reference-or = $or (여러 필드 묶음 중 하나)
reference-or-example = {"{"}"$or": [{"{"}"a": [1]{"}"}, {"{"}"b": [2]{"}"}]{"}"}: a 또는 b, 필드 자리에
reference-insert = 삽입
reference-insert-tip = 이 템플릿을 패턴의 커서 위치에 넣습니다
reference-lesson = 레슨
reference-lesson-tip = 이 연산자를 가르치는 레슨을 엽니다
targets-title = 대상
targets-add = 대상 추가
targets-add-tip = 대상은 규칙이 일치시킨 모든 이벤트를 받습니다 (EventBridge는 규칙당 다섯 개까지 허용합니다)
targets-none = 아직 대상이 없습니다. 규칙은 일치한 이벤트를 대상으로 보냅니다. 왼쪽의 대상 추가를 눌러 어디로 무엇을 보낼지 정하세요.
targets-remove = 삭제
targets-remove-tip = 이 대상을 규칙에서 뺍니다
targets-id = ID
targets-kind = 종류
targets-arn = ARN
targets-input = 받는 내용
targets-input-matched-event = 일치한 이벤트
targets-input-matched-event-tip = EventBridge가 기본으로 보내는 이벤트 전체
targets-input-part = 이벤트의 일부
targets-input-part-tip = JSON 경로 하나가 가리키는 값 (InputPath)
targets-input-constant = 상수
targets-input-constant-tip = 모든 이벤트에 같은 JSON 텍스트 (Input)
targets-input-transformer = 입력 변환기
targets-input-transformer-tip = 이벤트에서 경로로 꺼낸 변수를 템플릿에 넣습니다 (InputPathsMap과 InputTemplate)
targets-input-path = JSON 경로
targets-constant = 상수 JSON
targets-variables = 변수 (InputPathsMap)
targets-variables-hint = 오른쪽 이벤트에서 값을 누르면 여기에 추가됩니다.
targets-variable-name = 이름
targets-variable-path = 경로
targets-variable-insert = 넣기
targets-variable-insert-tip = 이 변수를 템플릿 끝에 넣습니다
targets-variable-remove-tip = 이 변수를 삭제합니다
targets-add-variable = 변수 추가
targets-template = 템플릿 (InputTemplate)
targets-reserved = EventBridge가 제공하는 변수:
targets-reserved-tip = 이 변수를 템플릿 끝에 넣습니다
targets-scheduled-event = 일정 이벤트
targets-scheduled-event-tip = 규칙의 일정이 실행될 때마다 EventBridge가 보내는 이벤트: source는 aws.events, detail-type은 Scheduled Event, resources에는 규칙의 ARN
targets-event-title = 선택한 이벤트
targets-event-hint = 값을 누르면 변수로 추가됩니다.
targets-event-none = 목록에서 이벤트를 고르면 대상이 받는 내용이 보입니다.
targets-event-more = 처음 { $count }개 필드만 보여 줍니다.
targets-events-title = 이벤트
targets-events-matched = 이벤트 { $total }개 중 { $matched }개가 패턴과 일치합니다
targets-preview-title = 대상이 받는 내용
targets-preview-not-matched = 이 이벤트는 패턴과 일치하지 않으므로 대상은 아무것도 받지 않습니다. 일치했다면 받았을 내용:
targets-preview-empty = { $names }: 경로가 이 이벤트에서 아무것도 찾지 못합니다 (변수가 비어 있음)
targets-preview-delivered = 전달됨
targets-survey-title = 일치한 모든 이벤트에서
targets-survey-summary = 일치한 이벤트 { $judged }개: 전달 { $delivered }개, 버려짐 { $dropped }개, 빈 변수 { $empty }개
targets-survey-working = 일치한 이벤트 { $matched }개를 확인하는 중…
targets-survey-none = 아직 패턴과 일치하는 이벤트가 없습니다. 대상은 아무것도 받지 않습니다.
targets-survey-dropped = 버려지는 이벤트:
targets-survey-empty = 빈 변수가 있는 이벤트:
targets-problem-in = 위치: “{ $text }”
target-kind-lambda-function = Lambda 함수
target-kind-sns-topic = SNS 주제
target-kind-sqs-queue = SQS 대기열
target-kind-state-machine = Step Functions 상태 머신
target-kind-log-group = CloudWatch Logs 로그 그룹
target-kind-event-bus = 이벤트 버스
target-kind-kinesis-stream = Kinesis 데이터 스트림
target-kind-api-destination = API 대상
target-permission-lambda-function = EventBridge가 함수를 호출하려면 함수 권한이 필요합니다 (events.amazonaws.com에 lambda:InvokeFunction). 모든 내보내기가 이 권한을 함께 씁니다.
target-permission-sns-topic = 주제의 액세스 정책이 events.amazonaws.com에 sns:Publish를 허용해야 합니다 (aws:SourceArn은 규칙의 ARN). 암호화된 주제라면 키도 EventBridge가 쓸 수 있어야 합니다.
target-permission-sqs-queue = 대기열의 액세스 정책이 events.amazonaws.com에 sqs:SendMessage를 허용해야 합니다 (aws:SourceArn은 규칙의 ARN). FIFO 대기열에는 메시지 그룹 ID도 필요합니다.
target-permission-role = EventBridge는 규칙에 지정한 IAM 역할(RoleArn)로 이 대상을 호출합니다. 그 역할에 대상 호출 권한이 있어야 합니다.
target-permission-log-group = 로그 그룹의 리소스 정책이 EventBridge의 쓰기를 허용해야 합니다 (콘솔은 /aws/events/ 아래 그룹에 정책을 자동으로 추가합니다).
target-problem-id-empty = 대상에 ID를 붙이세요
target-problem-id-character = '{ $found }' 문자는 대상 ID에 쓸 수 없습니다. 영문자, 숫자, '.', '-', '_'를 쓰세요
target-problem-id-too-long = 대상 ID는 최대 { $max }자입니다
target-problem-key-empty = 이 변수에 이름을 붙이세요
target-problem-key-character = '{ $found }' 문자는 변수 이름에 쓸 수 없습니다. 영문자, 숫자, '-', '_'를 쓰세요
target-problem-key-too-long = 변수 이름은 최대 { $max }자입니다
target-problem-key-starts-with-aws = 변수 이름은 AWS로 시작할 수 없습니다 (EventBridge가 예약한 이름입니다)
target-problem-key-repeated = 같은 이름의 변수가 이미 있습니다
target-problem-too-many-paths = 변수 { $count }개: EventBridge는 최대 { $max }개까지 받습니다
target-problem-template-empty = 템플릿을 쓰세요. 대상이 받을 텍스트나 JSON입니다
target-problem-template-too-long = 템플릿이 { $chars }자입니다. EventBridge는 최대 { $max }자까지 받습니다
target-problem-placeholder-as-key = JSON 템플릿에서 자리 표시자는 객체의 키가 될 수 없습니다. 값으로 쓰세요
target-problem-constant-not-json = 상수 입력은 올바른 JSON이어야 합니다: { $message }
target-problem-constant-too-long = 상수 입력이 { $chars }자입니다. EventBridge는 최대 { $max }자까지 받습니다
target-problem-unused-path = 템플릿이 이 변수를 쓰지 않습니다
target-problem-event-variable-outside-value = AWS 문서는 이 변수를 JSON 필드의 값으로만 쓰라고 합니다. 내용이 이스케이프되지 않기 때문입니다
target-problem-input-on-event-bus = 다른 계정의 이벤트 버스로 보낼 때는 입력 설정을 쓸 수 없습니다. 일치한 이벤트를 그대로 보내세요
target-problem-invalid-placeholder-hint = 템플릿의 <{ $key }>는 위의 변수도 아니고 EventBridge가 제공하는 변수도 아닙니다.
arn-problem-empty = 대상의 ARN을 입력하세요
arn-problem-shape = ARN은 여섯 부분으로 되어 있습니다: arn:aws:서비스:리전:계정:리소스
arn-problem-partition = 파티션은 aws, aws-cn, aws-us-gov 중 하나여야 합니다
arn-problem-service = 이 종류의 대상은 { $expected } ARN입니다 (arn:aws:{ $expected }:...)
arn-problem-region = 리전이 us-east-1 같은 리전 이름이 아닙니다
arn-problem-account = 계정 ID는 숫자 12자리여야 합니다
arn-problem-resource = { $kind } ARN은 { $prefix }이름으로 끝납니다. 예: { $example }
path-problem-empty = 경로가 비어 있습니다. 이벤트 전체는 $, 필드는 $.detail.name처럼 쓰세요
path-problem-no-root = 경로는 $(이벤트)로 시작합니다. 예: $.detail.state
path-problem-too-long = 경로가 { $chars }자입니다. EventBridge는 최대 { $max }자까지 받습니다
path-problem-character = '{ $found }' 문자는 경로에 쓸 수 없습니다. 이름은 영문자, 숫자, - _ /이며 점으로 구분합니다 (EventBridge는 점 표기법만 읽습니다)
path-problem-empty-name = 점 뒤에는 이름이나 *가 와야 합니다
path-problem-bracket = 대괄호에는 배열 인덱스나 *만 들어갑니다. 예: $.resources[0]
drop-not-json = EventBridge가 이 이벤트를 조용히 버립니다. 템플릿은 JSON인데 결과가 JSON이 아닙니다
drop-container-in-quotes = { $drop } (<{ $name }>는 따옴표 안의 객체나 목록입니다. 따옴표를 빼면 그대로 들어갑니다)
drop-unescaped-in-quotes = { $drop } (<{ $name }>에 따옴표나 역슬래시가 있는데 따옴표 안에 이스케이프 없이 들어갑니다. 따옴표를 빼면 EventBridge가 알아서 따옴표를 붙입니다)
drop-json-message = { $drop } ({ $message })
drop-refused = AWS가 이 대상을 거부합니다. 먼저 문제를 고치세요
drop-event-not-json = 이벤트가 JSON이 아닙니다: { $message }
rule-targets-too-many = 대상 { $count }개: EventBridge는 규칙당 최대 { $max }개까지 허용합니다
rule-targets-id-repeated = 두 대상의 ID가 같습니다. 대상마다 다른 ID가 필요합니다
rule-targets-more-than-one = AWS는 규칙 하나에 대상 하나를 권장합니다. 대상마다 규칙을 두면 바꾸기도 재시도하기도 쉽습니다
schedule-title = 일정
schedule-enable = 이 규칙을 일정에 따라 실행
schedule-enable-tip = 규칙은 시계에 맞춰, 패턴과 일치하는 이벤트에 맞춰, 또는 둘 다로 실행될 수 있습니다
schedule-off = 이 규칙은 패턴과 일치하는 이벤트에만 실행됩니다. 시계에 맞춰서도 실행하려면 일정을 켜세요.
schedule-kind = 실행 주체
schedule-kind-rule = EventBridge 규칙 (UTC)
schedule-kind-rule-tip = 규칙의 ScheduleExpression: 항상 UTC로 계산됩니다
schedule-kind-scheduler = EventBridge Scheduler (시간대 지정)
schedule-kind-scheduler-tip = AWS의 새 Scheduler: 시간대 기준 cron과 rate, 한 번만 실행하는 at(), 유연한 시간 창
schedule-builder = 빌더
schedule-builder-custom = 빌더로는 이 식을 보여 줄 수 없습니다. 텍스트로 고치거나, 모양을 골라 다시 시작하세요.
schedule-shape-every = N분, N시간, N일마다
schedule-shape-daily = 매일 정해진 시각
schedule-shape-weekdays = 특정 요일의 정해진 시각
schedule-shape-last-day = 매월 마지막 날
schedule-shape-nth-weekday = 매월 n번째 요일
schedule-every = 간격
schedule-unit-minutes = 분
schedule-unit-hours = 시간
schedule-unit-days = 일
schedule-at = 시각 (시, 분)
schedule-on-days = 요일
schedule-which = 몇 번째
schedule-nth-last = 마지막
schedule-months = 월 (선택 없음: 매월)
schedule-years = 연도
schedule-years-tip = 연도 범위로 제한합니다
schedule-expression = 식
schedule-valid = 올바른 식
schedule-means = { $description } ({ $zone })
schedule-zone = 시간대 (ScheduleExpressionTimezone)
schedule-display-zone = 시각 표시 시간대
schedule-zone-unknown = “{ $zone }”은(는) IANA 시간대가 아닙니다 (예: Asia/Seoul, Europe/Berlin)
schedule-start-date = 시작 날짜 (UTC, 선택)
schedule-end-date = 종료 날짜 (UTC, 선택)
schedule-date-unknown = “{ $date }”은(는) 2026-12-01T00:00:00Z 같은 UTC 시각이 아닙니다
schedule-flexible = 유연한 시간 창 (분, 비우면 끔)
schedule-next-runs = 다음 실행
schedule-runs-utc = UTC
schedule-runs-local = 현지 ({ $zone })
schedule-rate-note = rate는 규칙을 만들거나 일정이 시작된 때부터 셉니다. 여기 시각은 지금부터 센 것입니다.
schedule-utc-note = 규칙의 일정은 항상 UTC로 실행됩니다. 현지 시각은 그때가 내게 몇 시인지 보여 줍니다.
schedule-dst-note = Scheduler는 시계가 건너뛰는 시각은 그날 건너뛰고, 두 번 오는 시각에는 한 번만 실행합니다.
schedule-reason-too-long = 식이 { $chars }자입니다. EventBridge는 최대 { $max }자까지 받습니다
schedule-reason-kind-rule = rate(5 minutes)나 cron(0 10 * * ? *)처럼 쓰세요
schedule-reason-kind-scheduler = rate(5 minutes), cron(0 10 * * ? *), at(2026-12-31T23:59:00)처럼 쓰세요
schedule-reason-at-on-rule = at(...)은 EventBridge Scheduler용입니다. 규칙에는 rate나 cron을 씁니다
schedule-reason-spaces = 식 앞뒤나 괄호 바로 안쪽에는 공백을 넣을 수 없습니다
schedule-reason-rate-shape = rate는 숫자와 단위입니다: rate(5 minutes)
schedule-reason-rate-value = rate의 숫자는 1 이상의 정수여야 합니다
schedule-reason-rate-unit = '{ $found }'은(는) 단위가 아닙니다. minute, minutes, hour, hours, day, days 중 하나를 소문자로 쓰세요
schedule-reason-rate-singular = rate가 1이면 단수형을 씁니다: { $unit }
schedule-reason-rate-plural = rate가 1보다 크면 복수형을 씁니다: { $unit }
schedule-reason-field-count = cron은 필드 여섯 개(분 시 일 월 요일 연도)를 받습니다. 이 식에는 { $found }개가 있습니다
schedule-reason-out-of-range = { $field } 값은 { $low }부터 { $high }까지입니다
schedule-reason-not-a-value = '{ $found }'은(는) { $field } 값이 아닙니다
schedule-reason-question-mark = ?는 일(day-of-month)이나 요일(day-of-week)에만 씁니다. { $field }에는 쓸 수 없습니다
schedule-reason-no-day-any = 일과 요일 중 하나는 ?여야 합니다: cron(0 10 * * ? *) 또는 cron(0 10 ? * MON *)처럼 쓰세요
schedule-reason-both-days-any = 일과 요일 중 하나만 ?일 수 있습니다
schedule-reason-hash-in-list = #은 단독으로만 씁니다. 3#2(둘째 화요일)는 목록에 넣을 수 없습니다
schedule-reason-nth-out-of-range = # 뒤에는 1부터 5까지, 그 달의 몇 번째인지가 옵니다
schedule-reason-step-in-day-of-week = 요일에는 /를 쓸 수 없습니다. MON,WED,FRI처럼 요일을 나열하세요
schedule-reason-bad-step = { $field } 간격은 1부터 { $most }까지입니다
schedule-reason-empty-item = { $field } 목록에 빈 항목이 있습니다
schedule-reason-special = '{ $found }'은(는) { $field }에 쓸 수 없습니다
schedule-reason-at-shape = 한 번 실행할 시각은 at(yyyy-mm-ddThh:mm:ss)로, 시간대 없이 씁니다. 일정의 시간대가 적용됩니다
schedule-reason-at-date = 존재하지 않는 날짜나 시각입니다
cron-field-minute = 분
cron-field-hour = 시
cron-field-day-of-month = 일
cron-field-month = 월
cron-field-day-of-week = 요일
cron-field-year = 연도
describe-every-minute = 매분
describe-during-hours = { $hours }시 동안 { $phrase }
describe-at = { $times }
describe-every-n-minutes = { $step }분마다
describe-from-minute = { $start }분부터 { $phrase }
describe-minutes-every-hour = 매시 { $minutes }분
describe-minutes-of-hours = { $hours }시 { $minutes }분
describe-every-day = 매일
describe-on-weekdays = 매주 { $days }
describe-on-month-days = 매월 { $days }일
describe-last-day = 매월 마지막 날
describe-last-day-minus = 매월 마지막 날 { $offset }일 전
describe-nearest-weekday = 매월 { $day }일에 가장 가까운 평일
describe-last-weekday = 매월 마지막 평일
describe-last-named-weekday = 매월 마지막 { $weekday }
describe-nth-weekday = 매월 { $nth } { $weekday }
describe-in-months = { $months }
describe-in-years = { $years }년
describe-rate-minute = 매분
describe-rate-minutes = { $n }분마다
describe-rate-hour = 매시간
describe-rate-hours = { $n }시간마다
describe-rate-day = 매일
describe-rate-days = { $n }일마다
describe-once = { $time }에 한 번
ordinal-1 = 첫째
ordinal-2 = 둘째
ordinal-3 = 셋째
ordinal-4 = 넷째
ordinal-5 = 다섯째
weekday-1 = 일요일
weekday-2 = 월요일
weekday-3 = 화요일
weekday-4 = 수요일
weekday-5 = 목요일
weekday-6 = 금요일
weekday-7 = 토요일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

## 린터의 발견 사항 (디자인 모드)
lint-pasted = { $error } (웹 페이지에서 붙여 넣은 텍스트로 보입니다. 빠른 수정으로 올바른 패턴이 됩니다)
lint-no-source = source가 없습니다. 이 규칙은 버스에 들어오는 모든 서비스와 애플리케이션의 이벤트를 봅니다. AWS는 source와 detail-type을 지정하라고 권장합니다.
lint-no-detail-type = { $source }에 detail-type이 없습니다. 이 소스가 보내는 모든 이벤트 유형이 일치하며, 나중에 추가되는 유형도 마찬가지입니다. AWS는 detail-type도 지정하라고 권장합니다.
lint-cloudtrail-service = CloudTrail이 기록한 { $service } API 호출이 모두 일치합니다. AWS는 CloudTrail 이벤트를 detail.eventName으로 거르라고 권장합니다.
lint-cloudtrail = CloudTrail이 기록한 API 호출이 모두 일치합니다. AWS는 CloudTrail 이벤트를 detail.eventName으로 거르라고 권장합니다.
lint-unknown-value-case = "{ $value }"은(는) { $path }의 문서화된 값이 아닙니다. 값은 "{ $to }"처럼 쓰며, 대소문자를 구분해 비교합니다.
lint-unknown-value-closest = "{ $value }"은(는) { $path }의 문서화된 값이 아닙니다. "{ $to }"을(를) 뜻하셨나요?
lint-unknown-value-documented = "{ $value }"은(는) { $path }의 문서화된 값이 아닙니다. 문서화된 값: { $values }.
lint-unknown-field = { $path }: { $detail_type } 이벤트의 그 위치에는 "{ $key }" 필드가 없으므로 절대 일치하지 않습니다.
lint-unknown-field-closest = { $path }: { $detail_type } 이벤트의 그 위치에는 "{ $key }" 필드가 없으므로 절대 일치하지 않습니다. "{ $closest }"을(를) 뜻하셨나요?
lint-broader = 다른 이벤트 유형의 기본 제공 샘플 이벤트 { $samples }개와도 일치합니다: { $kinds }{ $more ->
        [0] {""}
       *[other] {" "}외 { $more }개
    }.
lint-loop-api-calls = 무한 루프 가능성: 대상 { $target }이(가) 이 패턴과 일치하는 API 호출을 할 수 있고, CloudTrail은 호출마다 새 이벤트를 기록합니다. 바로잡을 상태만 일치시키거나(예: detail.requestParameters), detail.userIdentity.sessionContext.sessionIssuer.arn에 anything-but을 써서 대상 자신의 호출을 빼세요.
lint-loop-own-events = 무한 루프 가능성: 대상 { $target }이(가) 이 패턴과 일치하는 { $source } 이벤트를 스스로 보냅니다. 규칙이 다루는 리소스를 지정해(예: ARN) 대상 자신의 이벤트를 빼세요.
lint-loop-forwarding = 무한 루프 가능성: 대상 { $target }은(는) 기본 이벤트 버스입니다. 규칙이 그 버스에 있다면 전달한 이벤트가 다시 도착해 다시 일치합니다. 다른 버스로 보내거나, 전달된 이벤트가 일치하지 않도록 패턴을 좁히세요.
lint-long-list-range = { $path }에 숫자 { $count }개가 나열되어 있습니다. AWS는 숫자 범위를 권장합니다. 여기서는 { $min }부터 { $max }까지입니다(범위는 그 사이의 값도 받습니다).
lint-long-list-prefix = { $path }에 나열된 값 { $count }개가 모두 "{ $prefix }"(으)로 시작합니다. prefix 조건이 더 짧지만, 나열하지 않은 값도 받습니다.
lint-long-list-array = 이 $or의 대안 { $count }개가 모두 { $path }만 검사합니다. 값 배열 하나로 쓰면 규칙의 조합 수를 늘리지 않고 같은 뜻이 됩니다.
lint-size-api = 패턴 길이가 { $length }자입니다. AWS API는 최대 { $limit }자까지 받습니다.
lint-size-quota = 패턴 길이가 { $length }자입니다. AWS 할당량 페이지는 패턴 한도를 { $limit }자로 제시합니다(API 모델은 { $api }자까지 허용).
lint-or-combinations = $or 대안들이 { $count }가지 조합을 만들고, EventBridge는 조합마다 별도의 규칙으로 일치시킵니다. Rulecraft는 { $max }가지를 넘으면 거부합니다.
lint-complexity-uncertain = 와일드카드 복잡도 { $score }: AWS는 11 이상을 거부하고 7 이하를 받아들입니다. 정확한 한도는 공개되지 않았으므로 배포할 때 거부될 수 있습니다.
lint-complexity = 와일드카드 복잡도 { $score } (최대 10): AWS는 11 이상을 거부합니다. 와일드카드를 줄이거나 첫 * 앞의 공통 접두사를 없애면 낮게 유지됩니다.
lint-number-as-text = { $text }은(는) ±5,000,000,000을 넘거나 소수점 아래가 여섯 자리를 넘으므로 EventBridge가 텍스트로 비교합니다. 이벤트에 정확히 같은 표기로 있어야 합니다.
lint-no-account-or-region = account와 region이 없습니다. 버스에 들어오는 모든 계정과 리전의 이벤트가 일치합니다. AWS는 이를 지정하라고 권장합니다.
lint-no-account = account가 없습니다. 버스에 들어오는 모든 계정의 이벤트가 일치합니다. AWS는 이를 지정하라고 권장합니다.
lint-no-region = region이 없습니다. 버스에 들어오는 모든 리전의 이벤트가 일치합니다. AWS는 이를 지정하라고 권장합니다.
lint-unsupported-here = { $place }은(는) { $feature }을(를) 지원하지 않습니다.
lint-fix-replace = { $from }을(를) { $to }(으)로 바꾸기
lint-fix-rename = { $from }을(를) { $to }(으)로 이름 바꾸기
lint-fix-paste = 붙여 넣은 텍스트 고치기: { $fixes }
lint-fix-range = { $min }부터 { $max }까지의 범위 사용
paste-fix-quotes = 둥근 따옴표를 곧은 따옴표로
paste-fix-bare-values = 값을 배열로 감싸기
paste-fix-comments = 주석 제거
paste-fix-trailing-commas = 끝의 쉼표 제거
paste-fix-stray-brace = 짝 없는 닫는 괄호 제거
lint-severity-error = 오류
lint-severity-warning = 경고
lint-severity-advice = 조언
lint-place-rule = EventBridge 규칙
lint-place-pipe = EventBridge Pipes 필터
lint-place-subscriber = EventBridge 이벤트 버스 구독자 필터
lint-place-lambda = Lambda 이벤트 소스 매핑 필터
lint-feature-wildcard = wildcard
lint-feature-prefix-ignore-case = equals-ignore-case를 쓴 prefix
lint-feature-suffix-ignore-case = equals-ignore-case를 쓴 suffix
lint-feature-anything-but-prefix = prefix를 쓴 anything-but
lint-feature-anything-but-suffix = suffix를 쓴 anything-but
lint-feature-anything-but-ignore-case = equals-ignore-case를 쓴 anything-but
lint-feature-anything-but-wildcard = wildcard를 쓴 anything-but
lint-feature-cidr = cidr
lint-feature-longer-than = { $limit }자보다 긴 패턴
lint-heading = 발견 사항
lint-counts = 오류: { $errors } · 경고: { $warnings } · 조언: { $advice }
lint-used-in = 사용 위치
lint-empty = 패턴을 쓰면 린터가 읽습니다.
lint-none = 발견 사항 없음: 패턴이 AWS의 권장 사항을 따릅니다.
lint-at = { $line }행 { $column }열
lint-preview = 미리 보기
lint-hide-preview = 미리 보기 숨기기
lint-preview-heading = 수정 후 패턴:
lint-lesson = 강의: { $title }
lint-lesson-tooltip = 이 내용을 설명하는 강의 열기
lint-pasted-short = 웹 페이지에서 붙여 넣은 텍스트로 보입니다. 빠른 수정으로 올바른 패턴이 됩니다.
lint-invalid = 패턴이 아직 올바르지 않습니다(AWS의 메시지는 편집기 위에 있습니다). 올바르게 되면 나머지 조언이 이어집니다.

## PutEvents 항목 작성기
entry-button = PutEvents 항목 쓰기…
entry-button-tip = 애플리케이션이 PutEvents를 호출하는 그대로의 이벤트: AWS의 응답, 버스가 전달하는 이벤트, 패턴 일치 여부를 봅니다
entry-title = PutEvents 항목
entry-source = Source
entry-detail-type = DetailType
entry-detail = Detail (JSON 객체)
entry-resources = Resources (한 줄에 ARN 하나)
entry-time = Time (RFC 3339, 비우면 호출 시각)
entry-bus = EventBusName (비우면 기본 버스)
entry-delivered = 버스가 전달하는 이벤트:
entry-matches = 패턴이 이 이벤트와 일치합니다
entry-misses = 패턴이 이 이벤트와 일치하지 않습니다
entry-pattern-invalid = 패턴이 아직 올바르지 않습니다
entry-error = PutEvents가 이 항목을 실패로 처리합니다: { $field }에서 { $code }
entry-refused = AWS가 PutEvents 호출 전체를 거부합니다: { $code }
entry-sdk-check = SDK의 매개변수 검사
entry-bus-named = 이 항목은 "{ $name }" 버스로 갑니다. EventBridge는 없는 버스로 보낸 이벤트도 받아들인 뒤 버립니다(응답에는 EventId가 있습니다). 이름을 확인하세요.
entry-bus-arn = 이 항목은 { $region } 리전 { $account } 계정의 "{ $name }" 버스로 갑니다. EventBridge는 없는 버스로 보낸 이벤트도 받아들인 뒤 버립니다(응답에는 EventId가 있습니다). ARN을 확인하세요.
entry-add = 내 이벤트에 추가
entry-add-tip = 버스가 전달하는 이벤트를 내 이벤트에 추가해 다른 이벤트처럼 판정합니다
entry-copy = 코드로 복사:
entry-copied = 항목을 { $language } 코드로 복사했습니다
entry-event-name = 항목: { $detail_type }

## 인프라 코드 안의 규칙 (템플릿, serverless.yml, Terraform 파일이나 폴더를 파일 → 열기로 열 때)
action-open-folder = 인프라 코드 폴더 열기…
action-open-folder-tip = 폴더 안의 CloudFormation·SAM 템플릿(CDK의 cdk.out 포함), serverless.yml, Terraform 파일에 있는 EventBridge 규칙을 나열합니다
dialog-open-folder = 인프라 코드 폴더 열기
notice-reading-rules = { $path }에서 규칙을 읽는 중…
notice-opened-found = { $place }의 규칙을 열었습니다. 저장하면 Rulecraft 규칙 파일로 저장되고, 템플릿은 바뀌지 않습니다.
notice-opened-found-unresolved = { $place }의 규칙을 열었습니다. 배포할 때에야 알 수 있는 부분: { $parts } (각각 값을 넣기 전까지 패턴은 유효하지 않습니다). 템플릿은 바뀌지 않습니다.
import-title = 인프라 코드 안의 규칙
import-reading = 파일을 읽는 중…
import-note = 규칙을 열면 대상과 각 대상이 받는 입력까지 디자이너로 복사됩니다. 그다음 저장하면 Rulecraft 규칙 파일로 저장되며, 템플릿 자체는 절대 바뀌지 않습니다.
import-problems = 읽지 못한 파일 (다른 파일의 규칙은 나열됩니다):
import-filter = 규칙 필터
import-filter-hint = 이름, 종류, 파일, 패턴 또는 스케줄 텍스트
import-none = 여기에서는 EventBridge 규칙, 스케줄, 파이프를 찾지 못했습니다.
import-count = 표시된 규칙: { $total }개 중 { $shown }개. 규칙이 있는 파일: { $files }개
import-col-name = 이름
import-col-kind = 종류
import-col-where = 위치
import-col-what = 패턴 또는 스케줄
import-col-targets = 대상
import-no-pattern = (패턴 없음)
import-unresolved-title = 배포할 때에야 알 수 있는 부분
import-unresolved-help = 테스트에 쓸 값을 넣으세요(어디에도 저장되지 않습니다). 비워 둔 부분은 쓰인 그대로 남고, 그 자리에서 패턴이 유효하지 않다고 표시됩니다.
import-open = 디자이너에서 열기
import-open-tip = 규칙과 스케줄, 대상을 디자이너로 복사합니다 (저장하지 않은 변경이 있으면 먼저 묻습니다)
import-kind-cfn-rule = CloudFormation 규칙
import-kind-sam-eventbridge-rule = SAM EventBridgeRule 이벤트
import-kind-sam-schedule = SAM 스케줄 이벤트
import-kind-scheduler-schedule = Scheduler 스케줄
import-kind-pipe = 파이프 (필터)
import-kind-serverless-eventbridge = Serverless eventBridge 이벤트
import-kind-serverless-schedule = Serverless 스케줄 이벤트
import-kind-tf-rule = Terraform 규칙
import-kind-tf-scheduler = Terraform Scheduler 스케줄

## 예시로 패턴 만들기 ("패턴 제안")
suggest-mark-label = "패턴 제안"용: 이 이벤트는
suggest-mark-tip = 일치해야 하는 이벤트와 일치하면 안 되는 이벤트를 표시하세요. "패턴 제안"이 둘을 가르는 패턴을 제안합니다
suggest-button = 패턴 제안…
suggest-button-tip = "일치"로 표시한 이벤트는 모두 일치하고 "불일치"로 표시한 이벤트는 하나도 일치하지 않는 패턴을 제안합니다
suggest-button-disabled = 먼저 이벤트 하나 이상을 "일치"로 표시하세요 (이벤트를 선택한 뒤 이름 아래에서 고릅니다)
suggest-title = 제안된 패턴
suggest-marked = 일치해야 하는 이벤트 { $wanted }개와 일치하면 안 되는 이벤트 { $unwanted }개로 만들었습니다. 나머지 불러온 이벤트는 세기만 합니다.
suggest-running = 패턴을 찾는 중…
suggest-recommended = 추천
suggest-candidate = 후보 { $n }
suggest-why-exact = { $field }: 일치해야 하는 이벤트는 모두 { $wanted } 값을 가집니다.
suggest-why-prefix = { $field }: 일치해야 하는 이벤트는 모두 "{ $value }"(으)로 시작합니다 ({ $wanted }).
suggest-why-suffix = { $field }: 일치해야 하는 이벤트는 모두 "{ $value }"(으)로 끝납니다 ({ $wanted }).
suggest-why-range = { $field }: 일치해야 하는 이벤트는 모두 { $value } 범위의 숫자를 가집니다.
suggest-why-anything-but = { $field }: { $value }만 아니면 됩니다 (일치하면 안 되는 이벤트의 값).
suggest-why-present = { $field }: 일치해야 하는 이벤트에는 모두 이 필드가 있습니다.
suggest-why-absent = { $field }: 일치해야 하는 이벤트에는 이 필드가 없습니다.
suggest-turns-away = 일치하면 안 되는 이벤트 { $count }개를 걸러 냅니다 (값: { $away }).
suggest-turns-away-missing = 일치하면 안 되는 이벤트 { $count }개를 걸러 냅니다 (이 필드가 없음).
suggest-also-matches = 함께 일치하는 다른 불러온 이벤트: { $count }개
suggest-lint = 린터: 오류 { $errors }개, 경고 { $warnings }개, 조언 { $advice }개
suggest-use = 이 패턴 사용
suggest-use-tip = 편집기에 넣습니다 (실행 취소하면 이전 패턴으로 돌아갑니다)
suggest-none-wanted = "일치"로 표시한 이벤트가 없습니다.
suggest-unreadable = 표시한 이벤트 중 JSON 객체가 아닌 것이 있습니다.
suggest-inseparable = 어떤 패턴으로도 구별할 수 없습니다. 일치하면 안 되는 이벤트가 패턴이 검사할 수 있는 모든 필드에서 일치해야 하는 이벤트와 같은 값을 가집니다 (id, time 같은 식별자는 쓰지 않습니다).
suggest-pair = 일치해야 함: { $wanted }. 일치하면 안 됨: { $unwanted }.
notice-suggestion-adopted = 제안된 패턴을 편집기에 넣었습니다 (실행 취소하면 이전 패턴으로 돌아갑니다).
