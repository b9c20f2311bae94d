#!/usr/bin/env bash
# The text model's and the normalizer's tests on the paths taken without vector instructions: with no hardware
# intrinsics at all, and without AVX2 (256-bit vectors not accelerated, so UTF-8 goes to .NET's transcoder alone).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build tests/Linter.Core.Tests -v quiet -nologo
for setting in DOTNET_EnableHWIntrinsic=0 DOTNET_EnableAVX2=0; do
  echo "-- $setting"
  env "$setting" dotnet test tests/Linter.Core.Tests --no-build -v quiet -nologo \
    --filter 'FullyQualifiedName~Linter.Core.Tests.Text.|FullyQualifiedName~Linter.Core.Tests.Arabic.'
done
