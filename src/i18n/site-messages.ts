import type { Localized } from './lang.js';

// Messages of `phoihop site` and `phoihop calendar` (kept apart from cli-messages.ts). Each
// language's table is made when it is asked for (a getter; a command asks once or twice), so that a
// mutation run credits its strings to the tests that read them (issue 19: a table built when the
// module loads was reported "survived" whatever the tests checked).
export interface SiteMessages {
  cmdSite: string;
  argOut: string;
  optNoDocx: string;
  cmdCalendar: string;
  optLeadCalendar: string;
  optRemind: string;
  optCalendarOutput: string;
  outNotSite: (dir: string) => string;
  outIsFile: (dir: string) => string;
  wroteSite: (dir: string, pages: number) => string;
}

export const siteMessages: Localized<SiteMessages> = {
  get vi(): SiteMessages {
    return {
      cmdSite: 'tạo trang tổng quan tĩnh (HTML) để xem và công bố trên GitHub/GitLab Pages',
      argOut: 'thư mục ghi trang (ví dụ _site)',
      optNoDocx: 'không tạo tệp .docx của báo cáo (nhanh hơn)',
      cmdCalendar: 'xuất các hạn chưa hoàn thành thành lịch iCalendar (.ics)',
      optLeadCalendar: 'chỉ những việc do cơ quan này chủ trì (và đánh giá hằng năm của chương trình mà cơ quan là một bên)',
      optRemind: 'nhắc trước bao nhiêu ngày (mặc định: soon trong phoihop.yaml, nếu không có thì 30)',
      optCalendarOutput: 'tệp .ics để ghi (mặc định: in ra màn hình)',
      outNotSite: (dir) => `thư mục ${dir} đã có tệp không do phoihop site tạo; hãy chọn thư mục trống hoặc thư mục mới, ví dụ _site`,
      outIsFile: (dir) => `${dir} là một tệp, không phải thư mục; hãy chọn thư mục khác, ví dụ _site`,
      wroteSite: (dir, pages) => `đã ghi ${pages} trang vào ${dir}; mở ${dir}/index.html để xem`,
    };
  },
  get en(): SiteMessages {
    return {
      cmdSite: 'write a static dashboard (HTML) to browse and publish on GitHub/GitLab Pages',
      argOut: 'folder to write the site to (for example _site)',
      optNoDocx: 'do not write the reports as .docx (faster)',
      cmdCalendar: 'export open due days as an iCalendar (.ics) file',
      optLeadCalendar: 'only what this agency leads (and the yearly evaluations of programmes it is a party to)',
      optRemind: 'days before the due day for the reminder (default: soon in phoihop.yaml, else 30)',
      optCalendarOutput: '.ics file to write (default: print it)',
      outNotSite: (dir) => `folder ${dir} holds files that phoihop site did not write; choose an empty or new folder, for example _site`,
      outIsFile: (dir) => `${dir} is a file, not a folder; choose another, for example _site`,
      wroteSite: (dir, pages) => `wrote ${pages} pages to ${dir}; open ${dir}/index.html to see them`,
    };
  },
};
