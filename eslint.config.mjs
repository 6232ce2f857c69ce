import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Next.js's rules, plus the layer rules of docs/decisions/010: the domain core imports no
 * framework, database or upper layer; components reach no service or database module; the rules
 * engine is entered only through `@/lib/rules`; services call neither actions nor jobs.
 * In a flat config a later block's options for a rule replace an earlier block's, so each block
 * below states the whole list of what its files may not import.
 */
const RULES_ENTRY = {
  group: ["@/lib/rules/**"],
  message: "Import the rules engine through its public entry `@/lib/rules` (lib/rules/index.ts).",
};
const FRAMEWORK = {
  group: ["next", "next/**", "next-auth", "next-auth/**", "@prisma/**", "@/generated/prisma", "@/generated/prisma/**", "react", "react/**", "server-only"],
  message: "The domain core is plain TypeScript: no Next.js, next-auth, Prisma or React.",
};
const UPPER_LAYERS = {
  group: ["@/lib/services", "@/lib/services/**", "@/lib/db", "@/lib/db/**", "@/lib/actions", "@/lib/actions/**"],
  message: "The domain core does not reach up into services, the database or actions.",
};
// Types of what a service returns may be named by a component; no value crosses (it would pull
// server code into the client bundle or let a component query the database).
const SERVER_VALUES = {
  group: ["@/lib/services", "@/lib/services/**", "@/lib/db", "@/lib/db/**"],
  allowTypeImports: true,
  message: "Components take data as props; pure vocabulary lives in lib/domain or the domain core.",
};
const ABOVE_SERVICES = {
  group: ["@/lib/actions", "@/lib/actions/**", "@/lib/jobs", "@/lib/jobs/**"],
  message: "Services are called by actions and jobs, never the other way round: move the shared part down.",
};

const restrict = (...patterns) => ({ "@typescript-eslint/no-restricted-imports": ["error", { patterns }] });
// Specs take `test` from tests/e2e/support/test.ts, which fails a test on an unexpected console error.
const E2E_TEST = { name: "@playwright/test", importNames: ["test"], message: "Import `test` and `expect` from ./support/test." };
const DOMAIN_CORE = [
  "lib/workflow/**",
  "lib/calendar/**",
  "lib/company/**",
  "lib/regions/**",
  "lib/domain/**",
  "lib/application/**",
  "lib/review/**",
  "lib/errors/**",
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "generated/**",
    ".next/**",
    ".next-*/**",
    "node_modules/**",
    "test-results*/**",
    "playwright-report/**",
    "data/**",
    "uploads/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // A control character in a pattern is a mistake unless said so (NUL checks say so).
      "no-control-regex": "error",
    },
  },
  { files: ["**/*.{ts,tsx,mjs}"], rules: restrict(RULES_ENTRY) },
  { files: DOMAIN_CORE, rules: restrict(RULES_ENTRY, FRAMEWORK, UPPER_LAYERS) },
  { files: ["lib/rules/**"], rules: { ...restrict(FRAMEWORK, UPPER_LAYERS), "import/no-cycle": "error" } },
  { files: ["components/**"], rules: restrict(RULES_ENTRY, SERVER_VALUES) },
  { files: ["lib/services/**"], rules: restrict(RULES_ENTRY, ABOVE_SERVICES) },
  { files: ["tests/e2e/**/*.spec.ts"], rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [RULES_ENTRY], paths: [E2E_TEST] }] } },
  // Exemptions: the engine's own white-box tests read its internals (metric cells, exact arithmetic);
  // scripts and the integration and e2e tests hold no React (`useDatabase`, a fixture's `use` are no hooks).
  { files: ["tests/unit/rules/**"], rules: { "@typescript-eslint/no-restricted-imports": "off" } },
  { files: ["scripts/**", "tests/integration/**", "tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    // Who may do what is the permission table's answer (docs/decisions/013), never a role comparison.
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["lib/auth/permissions.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator=/^[!=]==$/][left.type='Identifier'][left.name='role'][right.type='Literal']",
          message: "Ask lib/auth/permissions.ts what a role may do instead of comparing roles.",
        },
        {
          selector: "BinaryExpression[operator=/^[!=]==$/][left.type='MemberExpression'][left.property.name='role'][right.type='Literal']",
          message: "Ask lib/auth/permissions.ts what a role may do instead of comparing roles.",
        },
        {
          selector: "BinaryExpression[operator=/^[!=]==$/][right.type='MemberExpression'][right.property.name='role'][left.type='Literal']",
          message: "Ask lib/auth/permissions.ts what a role may do instead of comparing roles.",
        },
      ],
    },
  },
]);
