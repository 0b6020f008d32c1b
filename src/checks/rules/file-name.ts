import { amendmentStem } from '../../model/programme-model.js';
import { defineRule } from '../rule.js';

function stem(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.yaml$/, '');
}

export const fileName = defineRule({
  id: 'file-name',
  severity: 'error',
  docs: {
    vi: 'Tên tệp khớp với nội dung: tasks/NV03.yaml chứa id: NV03, evaluations/2018.yaml chứa year: 2018, tên tệp văn bản bổ sung bắt đầu bằng ngày của nó.',
    en: 'File names agree with content: tasks/NV03.yaml holds id: NV03, evaluations/2018.yaml holds year: 2018, an amendment file starts with its date.',
  },
  messages: {
    get vi() {
      return {
        task: (file: string, id: string) => `tệp ${file} chứa nhiệm vụ "${id}"; tên tệp và mã nhiệm vụ phải trùng nhau`,
        taskHint: (id: string, file: string) => `đổi tên tệp thành ${id}.yaml hoặc sửa thành "id: ${file}"`,
        evaluation: (file: string, year: number) => `tệp ${file} chứa đánh giá năm ${year}`,
        evaluationHint: (year: number, file: string) => `đổi tên tệp thành ${year}.yaml hoặc sửa thành "year: ${file}"`,
        amendment: (file: string, date: string) => `tên tệp ${file} không bắt đầu bằng ngày của văn bản (${date})`,
        amendmentHint: (date: string) => `đặt tên tệp là ${date}.yaml hoặc ${date}-ten-ngan.yaml`,
      };
    },
    get en() {
      return {
        task: (file: string, id: string) => `the file ${file} holds task "${id}"; file name and task id must agree`,
        taskHint: (id: string, file: string) => `rename the file to ${id}.yaml or write "id: ${file}"`,
        evaluation: (file: string, year: number) => `the file ${file} holds the evaluation of ${year}`,
        evaluationHint: (year: number, file: string) => `rename the file to ${year}.yaml or write "year: ${file}"`,
        amendment: (file: string, date: string) => `the file name ${file} does not start with the amendment's date (${date})`,
        amendmentHint: (date: string) => `name the file ${date}.yaml or ${date}-short-name.yaml`,
      };
    },
  },
  check({ records }, msg, report) {
    for (const folder of records.programmes) {
      for (const { source, data } of folder.tasks) {
        const name = stem(source.path);
        if (name !== data.id) report({ source, path: ['id'], message: msg.task(`${name}.yaml`, data.id), hint: msg.taskHint(data.id, name) });
      }
      for (const { source, data } of folder.evaluations) {
        const name = stem(source.path);
        if (name !== String(data.year)) report({ source, path: ['year'], message: msg.evaluation(`${name}.yaml`, data.year), hint: msg.evaluationHint(data.year, name) });
      }
      for (const rec of folder.amendments) {
        const name = amendmentStem(rec);
        if (name !== rec.data.date && !name.startsWith(`${rec.data.date}-`)) {
          report({ source: rec.source, path: ['date'], message: msg.amendment(`${name}.yaml`, rec.data.date), hint: msg.amendmentHint(rec.data.date) });
        }
      }
    }
  },
});
