#!/usr/bin/env bash
# Refresh the Swagger UI and Redoc files that /docs and /redoc serve from app/static/docs (no CDN).
# Pinned versions; each package's licence and the bundles' third-party licence lists are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
SWAGGER_UI_VERSION=5.35.0
REDOC_VERSION=2.5.4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "swagger-ui-dist@$SWAGGER_UI_VERSION" "redoc@$REDOC_VERSION" >/dev/null)
mkdir -p "$work/su" "$work/rd"
tar xzf "$work/swagger-ui-dist-$SWAGGER_UI_VERSION.tgz" -C "$work/su"
tar xzf "$work/redoc-$REDOC_VERSION.tgz" -C "$work/rd"
dest=app/static/docs
rm -rf "$dest" && mkdir -p "$dest/swagger-ui" "$dest/redoc"
for f in swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt swagger-ui.css favicon-32x32.png LICENSE NOTICE; do
  cp "$work/su/package/$f" "$dest/swagger-ui/"
done
for f in bundles/redoc.standalone.js bundles/redoc.standalone.js.LICENSE.txt LICENSE; do
  cp "$work/rd/package/$f" "$dest/redoc/"
done
# The source maps are not shipped; drop the comments that point at them.
sed -i '/^\/\/# sourceMappingURL=/d' "$dest"/swagger-ui/*.js "$dest"/redoc/*.js
sed -i 's#/\*\# sourceMappingURL=[^*]*\*/##' "$dest/swagger-ui/swagger-ui.css"
cat > "$dest/VERSIONS" <<TXT
swagger-ui-dist $SWAGGER_UI_VERSION (Apache-2.0, see swagger-ui/LICENSE and NOTICE)
redoc $REDOC_VERSION (MIT, see redoc/LICENSE)
Refreshed by scripts/update_docs_assets.sh from the npm registry.
TXT
echo "docs assets: swagger-ui-dist $SWAGGER_UI_VERSION, redoc $REDOC_VERSION in $dest"
