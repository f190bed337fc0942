// SPDX-License-Identifier: EUPL-1.2
// Victim pages in Vietnamese. Translated from the Dutch by us, not yet checked by a fluent reviewer.
import type { VictimMessages } from './victim-messages.ts'

export const vi: VictimMessages = {
  lang: 'vi',
  dir: 'ltr',
  languageName: 'Tiếng Việt',
  status: 'machine',
  siteName: 'Hướng dẫn: mua bán người',
  skipLink: 'Đi đến nội dung',
  quickExit: {
    label: 'Thoát nhanh',
    hint: 'Rời trang web này ngay lập tức',
    shortcut: 'hoặc nhấn Shift 3 lần',
    presses: 'Nhấn Shift thêm {n} lần để rời trang web này',
    leaving: 'Bạn đang rời trang web này',
  },
  chooser: { label: 'Ngôn ngữ' },
  machineNote:
    'Chúng tôi tự dịch trang này; người bản ngữ chưa kiểm tra. Các số điện thoại lấy từ dữ liệu đã được chúng tôi kiểm tra.',
  nav: { label: 'Các trang dành cho bạn' },
  emergency: 'Bạn đang gặp nguy hiểm ngay? Gọi 112.',
  help: {
    title: 'Tôi có đang bị bóc lột không?',
    intro:
      'Bạn phải làm công việc mà bạn không muốn? Bạn nhận được ít tiền hoặc không có tiền? Người khác giữ hộ chiếu của bạn? Vậy có thể bạn đang bị bóc lột. Điều đó bị cấm. Bạn có thể nhận được giúp đỡ.',
    safeNote:
      'Bạn dùng điện thoại hoặc máy tính mà người khác cũng dùng? Hãy đọc trước cách xem trang web này an toàn.',
    questionsHeading: 'Bạn có thấy quen không?',
    questions: [
      'Người khác quyết định nơi bạn làm việc, sống hoặc ngủ.',
      'Bạn phải nộp lại tiền bạn kiếm được.',
      'Bạn có một khoản nợ cứ tăng lên mãi.',
      'Bạn bị đe dọa, hoặc những người bạn yêu thương bị đe dọa.',
      'Bạn không được tự do rời đi.',
    ],
    helpHeading: 'Ai giúp bạn?',
    helpIntro: 'Các tổ chức này lắng nghe bạn. Bạn không cần trình báo cảnh sát ngay.',
    moreInfo: 'Thêm thông tin về các tổ chức này (bằng tiếng Anh):',
  },
  rights: {
    title: 'Quyền của bạn',
    intro:
      'Nếu bạn là nạn nhân mua bán người, bạn có quyền. Bạn có thể nhận giúp đỡ trước khi quyết định có trình báo hay không.',
    items: [
      'Bạn được luật sư miễn phí, kể cả trong thời gian suy nghĩ.',
      'Bạn không bao giờ phải trả tiền phiên dịch: ở nơi tạm trú, với luật sư hay tại tòa.',
      'Bạn có thể có một nơi ở an toàn. Với người lớn từ nước ngoài, CoMensha sắp xếp việc này.',
      'Bác sĩ kiểm tra sức khỏe của bạn. Trong thời gian suy nghĩ, chi phí y tế được chi trả.',
      'Bạn bị ép phạm tội? Vậy bạn không nên bị phạt vì những việc đó.',
      'Bạn có thể xin tiền bồi thường cho những thiệt hại bạn phải chịu.',
    ],
    reflectionHeading: 'Thời gian suy nghĩ',
    reflection: [
      'Bạn đến từ một nước ngoài EU? Vậy bạn có tối đa 3 tháng để quyết định có trình báo hay giúp cảnh sát theo cách khác.',
      'Bạn đến từ EU nhưng không có quyền cư trú theo quy định của EU? Vậy bạn cũng có thể có thời gian này.',
      'Trong thời gian này bạn được ở lại Hà Lan. Bạn có nơi ở, tiền để sinh sống và được chăm sóc y tế.',
      'Cảnh sát phải đề nghị cho bạn thời gian này ngay khi có dấu hiệu đầu tiên rằng bạn có thể là nạn nhân.',
    ],
  },
  report: {
    title: 'Điều gì xảy ra khi bạn trình báo',
    intro:
      'Trình báo nghĩa là bạn kể cho cảnh sát những gì đã xảy ra với bạn để họ điều tra. Bạn tự quyết định có làm việc này hay không.',
    steps: [
      'Trước tiên cảnh sát nói chuyện với bạn. Họ giải thích trình báo là gì, điều gì xảy ra tiếp theo và bạn có thể nhận được giúp đỡ gì.',
      'Nếu bạn trình báo, cảnh sát ghi lại những gì bạn kể. Luật sư của bạn có thể giúp bạn.',
      'Bạn đến từ ngoài EU? Khi bạn trình báo, bạn được giấy phép cư trú trong suốt thời gian điều tra và xét xử.',
      'Với giấy phép đó bạn được làm việc hoặc đi học.',
      'Công tố viên quyết định vụ việc có được đưa ra tòa hay không.',
    ],
    choice: 'Bạn không cần quyết định ngay. Các tổ chức trên trang này vẫn giúp bạn, kể cả khi bạn không trình báo.',
  },
  safe: {
    title: 'Xem trang web này an toàn',
    intro:
      'Có thể ai đó đang theo dõi điện thoại hoặc máy tính của bạn. Làm như sau để ít có khả năng ai đó thấy bạn đã vào đây.',
    tips: [
      'Ở đầu mỗi trang có thanh màu đỏ “Thoát nhanh”. Chạm vào đó: bạn sẽ đến ngay một trang web thời tiết.',
      'Trên máy tính, bạn cũng có thể nhấn phím Shift 3 lần thật nhanh.',
      'Hãy dùng cửa sổ riêng tư (ẩn danh). Khi đó trình duyệt không nhớ bạn đã xem những trang nào.',
      'Ngoài cửa sổ riêng tư, lịch sử trình duyệt vẫn cho thấy bạn đã vào đây. Hãy xóa lịch sử sau khi xem.',
      'Nếu có thể, hãy dùng điện thoại hoặc máy tính của người bạn tin tưởng, hoặc máy tính ở thư viện.',
    ],
    noCookies: 'Trang web này không lưu cookie và không gửi gì đến các trang web khác.',
  },
  card: {
    title: 'Giúp đỡ khi bị bóc lột',
    what: 'Mua bán người là khi ai đó bắt bạn làm việc, quan hệ tình dục hoặc phạm tội để họ kiếm lợi, bằng vũ lực, đe dọa, nợ nần hoặc lừa dối. Ở Hà Lan đây là tội phạm. Bạn có thể nhận được giúp đỡ.',
    rightsHeading: 'Quyền của bạn',
    rights: [
      'Giúp đỡ, luật sư và phiên dịch miễn phí.',
      'Một nơi ở an toàn.',
      'Thời gian suy nghĩ trước khi quyết định có trình báo hay không (tối đa 3 tháng nếu bạn đến từ ngoài EU).',
    ],
    numbersHeading: 'Gọi cho ai',
    print: 'In thẻ này',
    a4: 'Trang A4',
    a6: 'Thẻ A6',
    website: 'Trang web',
  },
  footer: 'Trang web này không dùng cookie. Thông tin lấy từ các nguồn công khai.',
  notFound: {
    title: 'Trang này không tồn tại',
    text: 'Có thể địa chỉ bị gõ sai. Bạn có thể tìm sự giúp đỡ ở đây:',
  },
}
