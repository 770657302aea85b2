#!/usr/bin/env bash
# Same-shape runs among the step routes and step services of the five original workflows (benefit
# applications, enrolments, payment batches, service requests, referrals), counted by `duplicates`
# over those files as they stand at a commit (issue #16). Usage: scripts/step_duplicates.sh [REV]
#   REV at or after the area layout (2590506): the files below; before it: their pre-area names.
#   scripts/step_duplicates.sh cc2239f   # before the area move: 30 pairs
#   scripts/step_duplicates.sh bd82832   # before the step-route helper: 39 pairs
set -euo pipefail
rev=${1:-HEAD}
before=(
  app/routers/v1/benefit_applications.py app/routers/v1/benefit_enrolments.py
  app/routers/v1/payment_batches.py app/routers/v1/referrals.py app/routers/v1/service_requests.py
  app/services/benefit_applications.py app/services/benefit_reviews.py app/services/enrolments.py
  app/services/payments.py app/services/referrals.py app/services/service_request_steps.py
)
after=(
  app/routers/v1/benefits/applications.py app/routers/v1/benefits/enrolments.py
  app/routers/v1/benefits/payment_batches.py app/routers/v1/lawful_services/service_requests.py
  app/routers/v1/quality/referrals.py
  app/services/benefits/applications.py app/services/benefits/application_workflow.py
  app/services/benefits/reviews.py app/services/benefits/enrolments.py
  app/services/benefits/enrolment_decisions.py app/services/benefits/payments.py
  app/services/benefits/batch_approval.py app/services/lawful_services/request_steps.py
  app/services/lawful_services/request_workflow.py app/services/quality/referrals.py
)
if git cat-file -e "$rev:app/routers/v1/benefits/applications.py" 2>/dev/null; then
  files=("${after[@]}")
else
  files=("${before[@]}")
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for f in "${files[@]}" "${@:2}"; do
  mkdir -p "$dir/$(dirname "$f")"
  git show "$rev:$f" > "$dir/$f"
done
cd "$dir" && duplicates --most 200
