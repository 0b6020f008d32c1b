import type { Say } from './templates.js';

// The jobs `phoihop init` adds to the generated CI files to build the dashboard on main and
// publish it to Pages. Kept apart from templates.ts, which appends them, so either can change alone.

/** GitHub Actions: build the site on a push to the default branch, publish with the official Pages actions. */
export const githubSiteJob = (say: Say) => `  site:
    # ${say('Trang tổng quan: dựng lại khi main thay đổi và hằng tuần (để "tính đến ngày" luôn mới),', 'The dashboard: built again when main changes and every week (so that "as of" stays current),')}
    # ${say('công bố lên GitHub Pages (Settings → Pages → Source: GitHub Actions).', 'published on GitHub Pages (Settings → Pages → Source: GitHub Actions).')}
    if: (github.event_name == 'push' && github.ref_name == github.event.repository.default_branch) || github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    concurrency:
      group: pages
      cancel-in-progress: false
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-node@v6
        with:
          node-version: \${{ env.NODE_VERSION }}
      - run: npm install --global "$PHOIHOP"
      - run: phoihop site _site
      - run: phoihop calendar --output _site/han.ics   # ${say('lịch hạn để đăng ký trong Outlook, Google Calendar', 'the due days, to subscribe to in Outlook or Google Calendar')}
      - uses: actions/configure-pages@v5
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
      - id: deployment
        uses: actions/deploy-pages@v4
`;

/** GitLab CI: the job named "pages" whose public/ folder GitLab serves, on the default branch. */
export const gitlabPagesJob = (say: Say) => `
# ${say('Trang tổng quan trên GitLab Pages: dựng lại khi nhánh mặc định thay đổi hoặc theo lịch.', 'The dashboard on GitLab Pages: built again when the default branch changes or on a schedule.')}
pages:
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:   # ${say('phoihop đã được cài ở before_script mặc định', 'phoihop is installed by the default before_script')}
    - phoihop site public
    - phoihop calendar --output public/han.ics
  artifacts:
    paths:
      - public
`;
